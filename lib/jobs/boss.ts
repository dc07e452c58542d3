import PgBoss from "pg-boss";

// One pg-boss per server process; the domains that queue jobs also start their workers
// (lib/reports/exports/report-export-worker.ts), so this module knows none of them. Jobs and their retries live in PostgreSQL (schema
// "pgboss"), so any server can take a job that another one queued.
export const REPORT_EXPORT_QUEUE = "report-export";

const globalForBoss = globalThis as unknown as { passageBoss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  globalForBoss.passageBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2 });
    boss.on("error", (error: Error) =>
      console.error(`[jobs] ${error.name}: ${error.message.split("\n")[0]}`),
    );
    await boss.start();
    await boss.createQueue(REPORT_EXPORT_QUEUE, {
      name: REPORT_EXPORT_QUEUE,
      retryLimit: 2,
      expireInSeconds: 15 * 60,
    });
    return boss;
  })();
  return globalForBoss.passageBoss;
}

export async function stopBoss(): Promise<void> {
  const boss = globalForBoss.passageBoss;
  globalForBoss.passageBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
