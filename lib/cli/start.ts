import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

import {
  appRoleUrl,
  createDatabase,
  migrate,
  startEmbeddedCluster,
  withClient,
  type Cluster,
} from "@/lib/cli/database";
import { bin, run, start } from "@/lib/cli/run";
import { shouldSeedDemo2012 } from "@/lib/demo/demo-data-choice";
import { demoAccounts, demoPassword } from "@/prisma/seed-accounts";

// `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data on
// an empty database, a production build when there is none, then the app (lib/cli/serve.ts).
const port = process.env.PORT ?? "3000";
const dataDir = ".data";

function localSecret(name: string): string {
  const file = `${dataDir}/${name}`;
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let cluster: Cluster | null = null;
  // The owner runs the migrations; the app and the seed connect as passage_app.
  let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!ownerUrl) {
    console.log("Starting embedded PostgreSQL 17 (data in .data/postgres) ...");
    cluster = await startEmbeddedCluster(
      `${dataDir}/postgres`,
      Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    );
    ownerUrl = await createDatabase(cluster, "passage");
  }
  const stop = async () => {
    await cluster?.stop().catch(() => {});
  };
  let databaseUrl: string;
  let isFirstStart: boolean;
  try {
    await migrate(ownerUrl);
    isFirstStart = await withClient(ownerUrl, async (client) => {
      const { rows } = await client.query("SELECT NOT EXISTS (SELECT 1 FROM users) AS empty");
      return rows[0].empty === true;
    });
    databaseUrl =
      process.env.DATABASE_URL ?? (await appRoleUrl(ownerUrl, localSecret("app-db-password")));
  } catch (error) {
    await stop();
    throw error;
  }
  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret("auth-secret"),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  try {
    await run(bin("tsx"), ["prisma/seed-cli.ts"], env);
    // The large dataset that reproduces the 2012 annual report (lib/demo/demo-data-choice.ts).
    if (shouldSeedDemo2012(process.env.DEMO_DATA, isFirstStart)) {
      console.log(
        "Loading the 2011-2012 demo dataset (invented records that reproduce the 2012 annual " +
          "report); this takes 1 to 3 minutes. DEMO_DATA=small npm start skips it.",
      );
      await run(bin("tsx"), ["lib/cli/seed-demo.ts"], { ...env, MIGRATION_DATABASE_URL: ownerUrl });
    }
    if (!existsSync(".next/BUILD_ID")) await run(bin("next"), ["build"], env);
  } catch (error) {
    await stop();
    throw error;
  }

  // Several app processes behind the one port (APP_PROCESSES, one per core by default).
  const server = start(bin("tsx"), ["lib/cli/serve.ts"], { ...env, PORT: port });
  console.log(`\nPassage: http://localhost:${port}`);
  console.log(`Demo accounts (password: ${demoPassword}):`);
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(11)} ${account.email}`);
  console.log(
    "Supervisors, HQ and admins set up an authenticator app (TOTP) at their first sign-in.",
  );
  console.log("Ctrl-C stops the app and the database.\n");

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", async (code) => {
    await stop();
    process.exit(stopping ? 0 : (code ?? 1));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
