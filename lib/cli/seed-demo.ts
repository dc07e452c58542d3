import { bin, run } from "@/lib/cli/run";
import { createDatabase, migrate, startEmbeddedCluster, withClient, type Cluster } from "@/lib/cli/database";
import { hasDemo2012, seedDemo2012 } from "@/lib/demo/seed-demo-2012";

// `npm run seed:demo`: the small demo (accounts) if the database is empty, then the large
// 2011-2012 dataset that reproduces the 2012 seed report, unless it is already there.
// Uses DATABASE_URL, or the embedded database of `npm start`.
async function main() {
  let cluster: Cluster | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    cluster = await startEmbeddedCluster(".data/postgres", Number(process.env.EMBEDDED_PG_PORT ?? 54329));
    databaseUrl = await createDatabase(cluster, "passage");
  }
  try {
    await migrate(databaseUrl);
    await run(bin("tsx"), ["prisma/seed-cli.ts"], { DATABASE_URL: databaseUrl });
    await withClient(databaseUrl, async (client) => {
      if (await hasDemo2012(client)) {
        console.log("The 2012 demo data is already there; nothing was added.");
        return;
      }
      const started = Date.now();
      await seedDemo2012(client);
      console.log(`2012 demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    });
  } finally {
    await cluster?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
