// Next.js calls this once per server start: each server also works on queued exports.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { startReportWorkers } = await import("@/lib/reports/exports/report-export-worker");
    await startReportWorkers();
  }
}
