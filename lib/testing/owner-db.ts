import pg from "pg";

// The table owner's connection, for what the app's role may not do: emptying tables
// between tests and checking the audit log's triggers beneath the grants.
const globalForOwner = globalThis as unknown as { passageOwnerPool?: pg.Pool };

export function ownerPool(): pg.Pool {
  globalForOwner.passageOwnerPool ??= new pg.Pool({
    connectionString: process.env.PASSAGE_OWNER_DATABASE_URL ?? process.env.DATABASE_URL,
    max: 2,
  });
  return globalForOwner.passageOwnerPool;
}
