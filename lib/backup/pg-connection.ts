import pg from "pg";

type Env = Record<string, string | undefined>;

// The backup runs as its own role (BYPASSRLS, read-only); a restore creates tables, so it
// runs as their owner. pg_dump refuses rather than silently skips rows hidden by RLS.
export function backupDatabaseUrl(env: Env = process.env): string | undefined {
  return env.BACKUP_DATABASE_URL ?? env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
}

export function restoreDatabaseUrl(env: Env = process.env): string | undefined {
  return env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
}

// libpq takes the URL without its password (kept out of the process list) and without
// the query parameters that only Prisma understands.
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const prismaOnly of ["schema", "connection_limit", "pool_timeout", "pgbouncer"])
    parsed.searchParams.delete(prismaOnly);
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0]!.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}
