import { runCli, withCliDatabase } from "@/lib/cli/cli-database";
import { migrate, withClient } from "@/lib/cli/database";
import { bin, run } from "@/lib/cli/run";
import { hasDemo2012, seedDemo2012 } from "@/lib/demo/seed-demo-2012";

// `npm run seed:demo`: the small demo (accounts) if the database is empty, then the large
// 2011-2012 dataset that reproduces the 2012 seed report, unless it is already there.
runCli(() =>
  withCliDatabase(async (databaseUrl) => {
    await migrate(process.env.MIGRATION_DATABASE_URL ?? databaseUrl);
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
  }),
);
