import { getTranslations } from "next-intl/server";
import { SimpleTable } from "@/components/ui/simple-table";
import { HEADLINE_FIGURES, showFigure } from "@/lib/reports/headline-figures";
import type { PublishedReport } from "@/lib/reports/publish-annual-report";

// The headline figures of the year beside the same figures of the year before.
export async function FiguresTable({ report, previous }: { report: PublishedReport; previous: PublishedReport }) {
  const t = await getTranslations("report");
  return (
    <SimpleTable
      headers={[t("page.figure"), String(report.year), String(previous.year)]}
      rows={HEADLINE_FIGURES.map(([key, valueOf]) => [t(`figures.${key}`), showFigure(valueOf(report)), showFigure(valueOf(previous))])}
    />
  );
}
