import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { currentDbContext, settingsSql } from "@/lib/db-context";
import { PrismaClient } from "@/lib/generated/prisma/client";

const BEGIN = /^\s*BEGIN\b[^;]*;?\s*$/i;

type Query = (...args: unknown[]) => Promise<unknown>;

// Every transaction opened on a pool connection (Prisma's interactive and batch
// transactions, and code that sends BEGIN itself) first sets the acting context, in the
// same round trip.
function actOnBegin(client: pg.PoolClient) {
  const query = client.query.bind(client) as Query;
  client.query = ((...args: unknown[]) => {
    const [first] = args;
    const text = typeof first === "string" ? first : (first as { text?: unknown } | null)?.text;
    const context = currentDbContext();
    if (!context || typeof text !== "string" || !BEGIN.test(text)) return query(...args);
    const withSettings = `${text.replace(/;?\s*$/, "")}; ${settingsSql(context)}`;
    return query(
      typeof first === "string" ? withSettings : { ...(first as object), text: withSettings },
      ...args.slice(1),
    );
  }) as typeof client.query;
}

// A single statement outside a transaction gets one of its own, so that it too runs with
// the settings. Without a context it runs bare, and the policies show it nothing.
class ActingPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const plain = () => (super.query as unknown as Query)(...args);
    if (typeof args.at(-1) === "function" || !currentDbContext()) return plain() as never;
    return this.inTransaction(args) as never;
  }

  private async inTransaction(args: unknown[]) {
    const client = await this.connect();
    try {
      await client.query("BEGIN");
      const result = await (client.query as unknown as Query)(...args);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

function createPool() {
  const pool = new ActingPool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  pool.on("connect", actOnBegin);
  return pool;
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    omit: { user: { passwordHash: true } },
    // Writes queue on row locks and the audit chain lock under load: wait rather than fail.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { passageDb?: { pool: pg.Pool; client: Client } };

// One pool and one client per process, also across Next.js dev reloads.
const instance =
  globalForDb.passageDb ??
  (() => {
    const pool = createPool();
    return { pool, client: createClient(pool) };
  })();
globalForDb.passageDb = instance;

export const db = instance.client;
export const pool = instance.pool;
export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

// For commands: ends the pool too (Prisma's $disconnect leaves a pool it was given open, and
// its idle connections keep the process alive for seconds after the work is done).
export async function closeDb(): Promise<void> {
  await instance.client.$disconnect();
  if (!instance.pool.ending && !instance.pool.ended) await instance.pool.end();
}
