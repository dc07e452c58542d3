import { asSystem } from "@/lib/db-context";
import { getBoss, REPORT_EXPORT_QUEUE } from "@/lib/jobs/boss";

// Called from instrumentation.ts when a Next.js server starts: each server also works on
// the exports any of them queued.
export async function startReportWorkers(): Promise<void> {
  const boss = await getBoss();
  const { runReportExport } = await import("./run-report-export");
  await boss.work<{ exportId: string }>(REPORT_EXPORT_QUEUE, async (jobs) => {
    for (const job of jobs) await asSystem("job", () => runReportExport(job.data.exportId));
  });
}
