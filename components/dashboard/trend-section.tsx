import { getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { TREND_SERIES, withYearGaps, type TrendPoint } from "@/lib/dashboard/trend";
import type { PublishedCell } from "@/lib/reports/disclosure";

import { TrendChart } from "./trend-chart";

const asNumber = (cell: PublishedCell | null) => (typeof cell === "number" ? cell : null);

// The trend over every year with data: a chart and, for screen readers and exact figures,
// the same figures as a table (markers included).
export async function TrendSection({
  trend,
  threshold,
}: {
  trend: TrendPoint[];
  threshold: number;
}) {
  const t = await getTranslations("dashboard.trend");
  const show = (cell: PublishedCell | null) =>
    cell === null ? t("notPublished") : typeof cell === "number" ? cell.toLocaleString("en") : cell;
  const names = Object.fromEntries(TREND_SERIES.map((key) => [key, t(key)])) as Record<
    (typeof TREND_SERIES)[number],
    string
  >;
  return (
    <Section title={t("title")}>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TrendChart
            label={t("chartLabel", { first: trend[0]!.year, last: trend.at(-1)!.year })}
            names={names}
            data={withYearGaps(trend).map((point) => ({
              year: point.year,
              migrantsAssisted: asNumber(point.migrantsAssisted),
              votAssisted: asNumber(point.votAssisted),
              children: asNumber(point.children),
            }))}
          />
        </div>
        <div className="max-h-80 overflow-y-auto" data-testid="trend-table">
          <SimpleTable
            caption={t("tableCaption")}
            headers={[t("year"), ...TREND_SERIES.map((key) => names[key])]}
            rows={[...trend]
              .reverse()
              .map((point) => [String(point.year), ...TREND_SERIES.map((key) => show(point[key]))])}
          />
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">{t("note", { threshold })}</p>
    </Section>
  );
}
