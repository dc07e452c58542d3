import { randomBytes } from "node:crypto";

import {
  appRoleUrl,
  clusterFromUrl,
  createDatabase,
  migrate,
  startEmbeddedCluster,
  withClient,
  type Cluster,
} from "@/lib/cli/database";
import { bin, run } from "@/lib/cli/run";

// `npm test`: type check, lint, vitest against a fresh PostgreSQL database, then Playwright
// against the production build. `npm test -- unit` (or static, e2e) runs one stage; further
// arguments go to that stage's runner (`npm test -- unit lib/cases`).
const only = process.argv[2];
const runnerArgs = process.argv.slice(3);
const wants = (stage: "static" | "unit" | "e2e") => !only || only === stage;

async function provisionCluster(): Promise<Cluster> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) return clusterFromUrl(given);
  console.log("Starting embedded PostgreSQL 17 for tests (data in .data/test-postgres) ...");
  return startEmbeddedCluster(
    ".data/test-postgres",
    Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330),
  );
}

async function dropRunDatabases(cluster: Cluster, runId: string) {
  await withClient(cluster.adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${runId}%`],
    );
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

async function main() {
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  if (wants("static")) {
    await run(bin("prettier"), ["--check", "--log-level=warn", "."], env);
    await run(bin("tsc"), ["--noEmit"], env);
    await run(bin("eslint"), ["--max-warnings=0", "."], env);
  }
  if (!wants("unit") && !wants("e2e")) return;

  const cluster = await provisionCluster();
  const runId = `passage_test_${Date.now()}`;
  try {
    const templateUrl = await createDatabase(cluster, runId);
    await migrate(templateUrl);
    // Tests connect as the app's role, as the app does; the owner only migrates and resets.
    const appPassword = randomBytes(18).toString("base64url");
    await appRoleUrl(templateUrl, appPassword);
    if (wants("unit")) {
      // The backup test needs a pg_dump as new as the server; the script returns at once when one exists.
      await run("bash", ["lib/cli/build-pg-client.sh"]);
      await run(bin("vitest"), ["run", ...runnerArgs], {
        ...env,
        TEST_TEMPLATE_DATABASE_URL: templateUrl,
        TEST_APP_DATABASE_PASSWORD: appPassword,
      });
    }
    if (wants("e2e")) {
      const e2eUrl = await createDatabase(cluster, `${runId}_e2e`, runId);
      const appUrl = await appRoleUrl(e2eUrl, appPassword);
      const e2eEnv = {
        ...env,
        DATABASE_URL: appUrl,
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      };
      await run(bin("tsx"), ["prisma/seed-cli.ts"], e2eEnv);
      await run(bin("next"), ["build"], e2eEnv);
      await run(bin("tsx"), ["lib/cli/bundle-budget.ts"]);
      await run(bin("playwright"), ["test", ...runnerArgs], {
        ...e2eEnv,
        E2E_DATABASE_URL: e2eUrl,
        E2E_APP_DATABASE_URL: appUrl,
      });
    }
  } finally {
    await dropRunDatabases(cluster, runId).catch(() => {});
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
