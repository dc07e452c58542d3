import { SimpleTable } from "@/components/ui/simple-table";
import { requestWords } from "@/lib/i18n/request-words";
import { drillDownHref, figureCases } from "@/lib/reports/drill-down";
import { HEADLINE_FIGURES, showFigure, type FigureValue } from "@/lib/reports/headline-figures";
import type { PublishedReport } from "@/lib/reports/publish-annual-report";

import { FigureLink } from "./figure-link";

// The headline figures of the year beside the same figures of the year before (blank when
// that year's selection may not be published). With `linked` (the office's own report),
// counts of people open the cases behind them.
export async function FiguresTable({
  report,
  previous,
  linked = false,
}: {
  report: PublishedReport;
  previous: PublishedReport | null;
  linked?: boolean;
}) {
  const words = await requestWords();
  const t = (key: string) => words.t(`report.${key}`);
  const cell = (key: string, value: FigureValue, year: number) => (
    <FigureLink
      href={linked && typeof value === "number" ? drillDownHref(figureCases(key, year)) : null}
    >
      {showFigure(key, value, words)}
    </FigureLink>
  );
  return (
    <SimpleTable
      caption={t("page.figures")}
      headers={[t("page.figure"), String(report.year), String(report.year - 1)]}
      rows={HEADLINE_FIGURES.map(([key, valueOf]) => [
        t(`figures.${key}`),
        cell(key, valueOf(report), report.year),
        cell(key, previous ? valueOf(previous) : null, report.year - 1),
      ])}
    />
  );
}
