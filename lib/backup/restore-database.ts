import pg from "pg";

import { runPgTool } from "@/lib/backup/run-pg-tool";

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

// Restores a backup of `backupDatabase` in one transaction: it lands whole or not at all.
// A database that already has tables is refused unless `clean` replaces what the backup holds.
export async function restoreDatabase(url: string, file: string, { clean = false } = {}) {
  if (!clean && (await tableCount(url)) > 0) {
    throw new Error(
      "The target database is not empty. Restore into an empty database, or pass --clean to replace its contents.",
    );
  }
  const client = await runPgTool("pg_restore", url, [
    "--single-transaction",
    "--exit-on-error",
    ...(clean ? ["--clean", "--if-exists"] : []),
    file,
  ]);
  // pg_restore brings rows, not the planner's statistics.
  const analyse = new pg.Client({ connectionString: url });
  await analyse.connect();
  await analyse.query("ANALYZE").finally(() => analyse.end());
  return { clientMajor: client.major };
}
