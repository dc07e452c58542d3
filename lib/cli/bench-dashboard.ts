import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { runCli } from "@/lib/cli/cli-database";
import {
  appRoleUrl,
  BENCH_ROLE,
  clusterFromUrl,
  createDatabase,
  dropDatabase,
  migrate,
  startEmbeddedCluster,
  withClient,
  type Cluster,
} from "@/lib/cli/database";
import { seedDemo2012 } from "@/lib/demo/seed-demo-2012";

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// `npm run bench:dashboard [-- --runs 3 --keep]`: loads the 2012 demo (services from 2005 to
// 2012) and times the HQ home's data, which publishes every year with data one after the
// other, beside one publishSelection per year as the baseline it is made of.
runCli(async () => {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "3" }, keep: { type: "boolean", default: false } },
  });
  const cluster: Cluster = process.env.DATABASE_URL
    ? clusterFromUrl(process.env.DATABASE_URL)
    : await startEmbeddedCluster(".data/postgres", Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const name = "passage_bench_dashboard";
  try {
    await dropDatabase(cluster, name);
    const url = await createDatabase(cluster, name);
    await migrate(url);
    const seeding = performance.now();
    await withClient(url, (client) => seedDemo2012(client));
    console.log(`2012 demo loaded in ${seconds(seeding)}`);
    process.env.DATABASE_URL = await appRoleUrl(
      url,
      randomBytes(24).toString("base64url"),
      BENCH_ROLE,
    );
    const { db, pool } = await import("@/lib/db");
    const { getHqDashboard } = await import("@/lib/dashboard/get-hq-dashboard");
    const { publishSelection } = await import("@/lib/reports/publish-selection");
    const { listReportYears } = await import("@/lib/reports/list-report-years");
    const hq = { id: "bench", role: "HQ" as const, officeId: null, name: "HQ", email: "hq@bench" };
    const years = await listReportYears(hq);
    console.log(`years with data: ${years.length} (${years.at(-1)}-${years[0]})`);
    for (const year of [...years].reverse()) {
      const started = performance.now();
      await publishSelection(db, { year }, 10);
      console.log(`publishSelection world ${year}: ${seconds(started)}`);
    }
    for (let run = 0; run < Number(values.runs); run += 1) {
      const started = performance.now();
      await getHqDashboard(hq, new Date("2013-06-01T00:00:00Z"));
      console.log(`getHqDashboard run ${run + 1}: ${seconds(started)}`);
    }
    console.log(
      `load average: ${loadavg()
        .map((load) => load.toFixed(1))
        .join(" ")}`,
    );
    await db.$disconnect();
    await pool.end();
  } finally {
    if (!values.keep) await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
});
