import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { countryName } from "@/lib/geo/countries";
import { AGE_GROUPS, SEXES } from "@/lib/reports/annual-report";
import type { PublishedCell } from "@/lib/reports/disclosure";
import type { PublishedReport } from "@/lib/reports/publish-annual-report";
import { BreakdownSection } from "./breakdown-section";

const show = (cell: PublishedCell) => (typeof cell === "number" ? cell.toLocaleString("en") : cell);

// The breakdowns of the HQ page, each already through disclosure control.
export async function AnnualReportBreakdowns({ report }: { report: PublishedReport }) {
  const t = await getTranslations("report");
  const country = (code: string) => (code === "UNKNOWN" ? t("labels.unknown") : countryName(code));
  const label = (group: string) => (key: string) => (key === "UNKNOWN" ? t("labels.unknown") : t(`labels.${group}.${key}`));
  const people = t("page.people");
  const exploitation = Object.fromEntries(Object.entries(report.vot.exploitation).map(([type, share]) => [type, share.count]));
  const b = report.breakdowns;
  return (
    <>
      <Section title={t("page.sexByAge")}>
        <SimpleTable
          headers={[t("page.sex"), ...AGE_GROUPS.map((age) => t(`labels.age.${age}`))]}
          rows={SEXES.map((sex) => [t(`labels.sex.${sex}`), ...AGE_GROUPS.map((age) => show(b.sexByAge[sex][age]))])}
        />
      </Section>
      <BreakdownSection title={t("page.nationality")} headers={[t("page.country"), people]} cells={b.nationality} labelOf={country} />
      <BreakdownSection title={t("page.hostCountry")} headers={[t("page.country"), people]} cells={b.hostCountry} labelOf={country} />
      <BreakdownSection title={t("page.regionTitle")} headers={[t("page.region"), people]} cells={b.region} labelOf={(key) => (key === "UNKNOWN" ? t("labels.unknown") : key)} />
      <BreakdownSection title={t("page.exploitation")} headers={[t("page.type"), people]} cells={exploitation} labelOf={label("exploitation")} />
      <BreakdownSection title={t("page.sector")} headers={[t("page.sectorColumn"), people]} cells={report.vot.forcedLabourSectors} labelOf={label("sector")} />
      <BreakdownSection title={t("page.serviceTypes")} headers={[t("page.type"), people]} cells={b.serviceTypes} labelOf={label("service")} />
      <BreakdownSection title={t("page.avrCategory")} headers={[t("page.category"), people]} cells={report.avr.byCategory} labelOf={label("category")} />
      <BreakdownSection title={t("page.returns")} headers={[t("page.country"), people]} cells={report.avr.returnsByHostCountry} labelOf={country} />
    </>
  );
}
