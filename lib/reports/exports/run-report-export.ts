import { db } from "@/lib/db";
import { wordsOf, type Words } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { reportFilterSchema, type ReportFilter } from "../annual-report";
import type { PublishedReport } from "../publish-annual-report";
import { publishSelection } from "../publish-selection";
import { reportToCsv } from "../report-csv";
import { reportFileName } from "../report-naming";
import { reportToXlsx } from "../report-xlsx";
import { renderPublication } from "./render-report-html";
import { renderPdf } from "./render-report-pdf";

const setProgress = (id: string, progress: number) =>
  db.reportExport.update({ where: { id }, data: { progress } });

// The publication sets the year beside the same selection of the year before, published
// under the same control (null when that year's selection may not be published).
async function renderPublicationPdf(
  id: string,
  filter: ReportFilter,
  report: PublishedReport,
  threshold: number,
  words: Words,
) {
  const previous = await publishSelection(db, { ...filter, year: filter.year - 1 }, threshold);
  await setProgress(id, 70);
  const publication = renderPublication({
    report,
    previous: previous.ok ? previous.report : null,
    threshold,
    words,
  });
  await setProgress(id, 80);
  return renderPdf(publication);
}

// The job: compute the published report (disclosure control), render it, store the file. Progress is written
// to the row at each step, so the page polling it (on any server) can show it.
export async function runReportExport(id: string): Promise<void> {
  const job = await db.reportExport.update({
    where: { id },
    data: { status: "RUNNING", progress: 5 },
    select: { format: true, filter: true, locale: true },
  });
  try {
    const filter = reportFilterSchema.parse(job.filter);
    const threshold = await readDisclosureThreshold(db);
    const published = await publishSelection(db, filter, threshold);
    // The data may have changed since the export was asked for: a selection that may no
    // longer be published fails the job, and nothing is written.
    if (!published.ok) {
      await db.reportExport.update({ where: { id }, data: { status: "FAILED", progress: 0 } });
      return;
    }
    const report = published.report;
    // Rendered in the requester's language; a language no longer offered falls back.
    const words = await wordsOf(isLocale(job.locale) ? job.locale : defaultLocale);
    await setProgress(id, job.format === "PDF" ? 40 : 60);
    const extension = job.format.toLowerCase();
    const content =
      job.format === "CSV"
        ? Buffer.from(reportToCsv(report, words))
        : job.format === "XLSX"
          ? await reportToXlsx(report, words)
          : await renderPublicationPdf(id, filter, report, threshold, words);
    await db.reportExport.update({
      where: { id },
      data: {
        status: "DONE",
        progress: 100,
        content: new Uint8Array(content),
        filename: reportFileName(report, extension),
        finishedAt: new Date(),
      },
    });
  } catch (error) {
    await db.reportExport.update({ where: { id }, data: { status: "FAILED", progress: 0 } });
    throw error;
  }
}
