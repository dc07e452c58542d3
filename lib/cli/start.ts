import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { bin, run, start } from "@/lib/cli/run";
import { demoAccounts, demoPassword } from "@/prisma/seed-accounts";
import { createDatabase, migrate, startEmbeddedCluster, type Cluster } from "@/lib/cli/database";

// `npm start`: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data on
// an empty database, a production build when there is none, then `next start`.
const port = process.env.PORT ?? "3000";
const dataDir = ".data";

function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = `${dataDir}/auth-secret`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  let cluster: Cluster | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("Starting embedded PostgreSQL 17 (data in .data/postgres) ...");
    cluster = await startEmbeddedCluster(`${dataDir}/postgres`, Number(process.env.EMBEDDED_PG_PORT ?? 54329));
    databaseUrl = await createDatabase(cluster, "passage");
  }
  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const stop = async () => {
    await cluster?.stop().catch(() => {});
  };

  try {
    await migrate(databaseUrl);
    await run(bin("tsx"), ["prisma/seed-cli.ts"], env);
    // DEMO_DATA=2012 adds the large dataset that reproduces the 2012 annual report.
    if (process.env.DEMO_DATA === "2012") await run(bin("tsx"), ["lib/cli/seed-demo.ts"], env);
    if (!existsSync(".next/BUILD_ID")) await run(bin("next"), ["build"], env);
  } catch (error) {
    await stop();
    throw error;
  }

  const server = start(bin("next"), ["start", "-p", port], env);
  console.log(`\nPassage: http://localhost:${port}`);
  console.log(`Demo accounts (password: ${demoPassword}):`);
  for (const account of demoAccounts) console.log(`  ${account.role.padEnd(11)} ${account.email}`);
  console.log("Supervisors, HQ and admins set up an authenticator app (TOTP) at their first sign-in.");
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
