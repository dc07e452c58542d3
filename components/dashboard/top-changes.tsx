import { getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { FigureChange } from "@/lib/dashboard/top-changes";
import { countryName } from "@/lib/geo/countries";

type Props = {
  year: number;
  changes: { increases: FigureChange[]; decreases: FigureChange[] } | null;
};

const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toLocaleString("en")}`;

// The largest increases and decreases since the year before, among published figures only.
export async function TopChanges({ year, changes }: Props) {
  const t = await getTranslations("dashboard.changes");
  const tService = await getTranslations("report.labels.service");
  const previous = year - 1;
  const nameOf = (change: FigureChange) =>
    change.dimension === "serviceType"
      ? t("serviceType", { name: tService(change.key) })
      : t(change.dimension, { name: countryName(change.key) });
  const table = (title: string, list: FigureChange[], testId: string) => (
    <div data-testid={testId}>
      <h3 className="mb-2 font-medium text-slate-800">{title}</h3>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <SimpleTable
          caption={title}
          headers={[t("figure"), String(previous), String(year), t("change")]}
          rows={list.map((change) => [
            nameOf(change),
            change.previous.toLocaleString("en"),
            change.current.toLocaleString("en"),
            change.changePct === null
              ? signed(change.change)
              : `${signed(change.change)} (${signed(change.changePct)} %)`,
          ])}
        />
      )}
    </div>
  );
  return (
    <Section title={t("title", { previous, year })}>
      {changes ? (
        <>
          <div className="grid gap-4 lg:grid-cols-2">
            {table(t("increases"), changes.increases, "changes-increases")}
            {table(t("decreases"), changes.decreases, "changes-decreases")}
          </div>
          <p className="mt-2 text-sm text-slate-600">{t("note")}</p>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("noPrevious", { previous, year })}</p>
      )}
    </Section>
  );
}
