import { asSystem } from "@/lib/db-context";
import { getBoss, REPORT_EXPORT_QUEUE } from "@/lib/jobs/boss";

import { closeBrowser } from "./render-report-pdf";

// Called from instrumentation.ts when a Next.js server starts: each server also works on
// the exports any of them queued. The PDFs of all its jobs share one Chromium, closed when
// the server is stopped (Next.js exits on these signals after its own clean-up).
export async function startReportWorkers(): Promise<void> {
  const boss = await getBoss();
  const { runReportExport } = await import("./run-report-export");
  await boss.work<{ exportId: string }>(REPORT_EXPORT_QUEUE, async (jobs) => {
    for (const job of jobs) await asSystem("job", () => runReportExport(job.data.exportId));
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, stopReportWorkers);
}

export async function stopReportWorkers(): Promise<void> {
  await closeBrowser();
}
