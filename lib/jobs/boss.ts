import PgBoss from "pg-boss";

import { asSystem } from "@/lib/db-context";

// One pg-boss per server process. Jobs and their retries live in PostgreSQL (schema
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

// Called from instrumentation.ts when a Next.js server starts.
export async function startReportWorkers(): Promise<void> {
  const boss = await getBoss();
  const { runReportExport } = await import("@/lib/reports/exports/run-report-export");
  await boss.work<{ exportId: string }>(REPORT_EXPORT_QUEUE, async (jobs) => {
    for (const job of jobs) await asSystem("job", () => runReportExport(job.data.exportId));
  });
}

export async function stopBoss(): Promise<void> {
  const boss = globalForBoss.passageBoss;
  globalForBoss.passageBoss = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true });
}
