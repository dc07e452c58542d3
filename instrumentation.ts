import { z } from "zod";

// No compiled (`new Function`) parsers on the server either, like the browser
// (instrumentation-client.ts): the same schemas behave the same on both sides.
z.config({ jitless: true });

// Next.js calls this once per server start: each server also works on queued exports.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { startReportWorkers } = await import("@/lib/reports/exports/report-export-worker");
    await startReportWorkers();
  }
}
