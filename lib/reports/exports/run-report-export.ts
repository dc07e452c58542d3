import { db } from "@/lib/db";
import { wordsOf, type Words } from "@/lib/i18n/catalogues";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { reportFilterSchema } from "../annual-report";
import { HEADLINE_FIGURES, showFigure } from "../headline-figures";
import { buildNarrative } from "../narrative";
import type { PublishedReport } from "../publish-annual-report";
import { publishSelection } from "../publish-selection";
import { reportToCsv } from "../report-csv";
import { reportFileName, reportTitle } from "../report-naming";
import { reportToXlsx } from "../report-xlsx";
import { renderReportHtml } from "./render-report-html";
import { renderPdf } from "./render-report-pdf";

const setProgress = (id: string, progress: number) =>
  db.reportExport.update({ where: { id }, data: { progress } });

async function renderPdfOf(report: PublishedReport, words: Words): Promise<Buffer> {
  const figures = HEADLINE_FIGURES.map(([key, valueOf]): [string, string] => [
    words.t(`report.figures.${key}`),
    showFigure(key, valueOf(report), words),
  ]);
  return renderPdf(
    renderReportHtml(
      report,
      reportTitle(report, words),
      buildNarrative(report, words),
      figures,
      words,
    ),
  );
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
    const published = await publishSelection(db, filter, await readDisclosureThreshold(db));
    // The data may have changed since the export was asked for: a selection that may no
    // longer be published fails the job, and nothing is written.
    if (!published.ok) {
      await db.reportExport.update({ where: { id }, data: { status: "FAILED", progress: 0 } });
      return;
    }
    const report = published.report;
    // Rendered in the requester's language; a language no longer offered falls back.
    const words = await wordsOf(isLocale(job.locale) ? job.locale : defaultLocale);
    await setProgress(id, 60);
    const extension = job.format.toLowerCase();
    const content =
      job.format === "CSV"
        ? Buffer.from(reportToCsv(report, words))
        : job.format === "XLSX"
          ? await reportToXlsx(report, words)
          : await renderPdfOf(report, words);
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
