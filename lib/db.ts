import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createPool() {
  return new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
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
const instance = globalForDb.passageDb ?? (() => {
  const pool = createPool();
  return { pool, client: createClient(pool) };
})();
globalForDb.passageDb = instance;

export const db = instance.client;
export const pool = instance.pool;
export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;
