import { randomUUID } from "node:crypto";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// Migrate reads catalog columns typed `name` (OID 19) and `"char"` (OID 18), which
// @prisma/adapter-pg 6.19 cannot map (prisma/orm#27403); report them as text (25).
function retypeCatalogColumns(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
  }
  return result;
}

type Query = (...args: unknown[]) => unknown;

// Every pool query runs on a client, in callback form inside pg-pool and in promise form
// inside transactions: patch both forms on each client.
function patchQuery(client: pg.PoolClient) {
  const query = client.query.bind(client) as Query;
  client.query = ((...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: unknown, result: pg.QueryResult) =>
        callback(error, retypeCatalogColumns(result));
      return query(...args);
    }
    const pending = query(...args) as Promise<pg.QueryResult> | undefined;
    return pending instanceof Promise ? pending.then(retypeCatalogColumns) : pending;
  }) as typeof client.query;
}

function patchedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("connect", patchQuery);
  return pool;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// adapter-pg 6.19 splits a migration script on every ";", which breaks function bodies;
// PostgreSQL's simple query protocol runs the whole script as one implicit transaction.
async function connectPool(pool: pg.Pool) {
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    await pool.query(script).catch(onError);
  };
  return adapter;
}

// Upstream's connectToShadowDb() drops the shadow database while its pool still holds a
// connection, and an external pool cannot be connected twice: build a fresh pool each time
// and close the shadow pool before dropping its database.
class MigratePg extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url });
  }

  override async connect() {
    return connectPool(patchedPool(this.url));
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadowUrl = withDatabase(this.url, database);
    const shadow = await connectPool(patchedPool(shadowUrl));
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

// Migrations run as the role that owns the tables, not as the app's role (SECURITY.md).
// `prisma generate` needs no database but resolves env("DATABASE_URL") in the schema.
const databaseUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://localhost/unused-by-generate";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const url = databaseUrl;
    if (!url)
      throw new Error("MIGRATION_DATABASE_URL is not set (npm start and npm test set it for you)");
    return new MigratePg(url);
  },
});
