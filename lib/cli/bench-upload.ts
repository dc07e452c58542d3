import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { runCli } from "@/lib/cli/cli-database";
import {
  clusterFromUrl,
  createDatabase,
  dropDatabase,
  migrate,
  startEmbeddedCluster,
  type Cluster,
} from "@/lib/cli/database";
import { generatedUpload, peakRssGrowth } from "@/lib/testing/generated-upload";

// `npm run bench:upload [-- --mb 16,99]`: peak growth of resident memory while the admin
// upload handler receives and imports a generated services.csv of each size (every row is
// read and checked; none is valid, so nothing is written), beside what merely holding the
// same upload in memory costs (request.formData(), as the former server action did).
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const request = (upload: ReturnType<typeof generatedUpload>) =>
  new Request("http://localhost/api/admin/import", {
    method: "POST",
    body: upload.body,
    headers: { "content-type": upload.contentType },
    duplex: "half",
  } as RequestInit);

runCli(async () => {
  const { values } = parseArgs({ options: { mb: { type: "string", default: "16,99" } } });
  const sizes = values.mb.split(",").map(Number);
  const cluster: Cluster = process.env.DATABASE_URL
    ? clusterFromUrl(process.env.DATABASE_URL)
    : await startEmbeddedCluster(".data/postgres", Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const name = "passage_bench_upload";
  let closePool = async () => {};
  try {
    await dropDatabase(cluster, name);
    process.env.DATABASE_URL = await createDatabase(cluster, name);
    await migrate(process.env.DATABASE_URL);
    const { importUpload } = await import("@/lib/interchange/import-upload");
    const { pool } = await import("@/lib/db");
    closePool = () => pool.end();
    const admin = {
      id: randomUUID(),
      role: "ADMIN" as const,
      officeId: null,
      name: "bench",
      email: "bench@bench.invalid",
    };
    await importUpload(admin, request(generatedUpload(1))); // warm-up
    for (const size of sizes) {
      const upload = generatedUpload(size);
      const started = performance.now();
      const streamed = await peakRssGrowth(() => importUpload(admin, request(upload)));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const buffered = await peakRssGrowth(() => request(generatedUpload(size)).formData());
      console.log(
        `${mb(upload.bytes)} upload, ${upload.rows.toLocaleString("en")} rows (${streamed.result.errorCount.toLocaleString("en")} checked): ` +
          `streamed import +${mb(streamed.growthBytes)} peak RSS in ${seconds} s; holding it in memory +${mb(buffered.growthBytes)}`,
      );
    }
  } finally {
    await closePool();
    await dropDatabase(cluster, name);
    await cluster.stop();
  }
});
