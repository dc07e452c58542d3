import { getFormatter, getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { countryName } from "@/lib/geo/countries";
import { showCell } from "@/lib/i18n/format";
import { requestWords } from "@/lib/i18n/request-words";
import { AGE_GROUPS, type AgeGroup, type SexCode } from "@/lib/reports/annual-report";
import {
  breakdownCases,
  drillDownHref,
  sexByAgeCases,
  type BreakdownKey,
} from "@/lib/reports/drill-down";
import type { PublishedReport } from "@/lib/reports/publish-annual-report";
import { regionName } from "@/lib/reports/report-words";
import { SEXES } from "@/lib/vocabulary";

import { BreakdownSection } from "./breakdown-section";
import { FigureLink } from "./figure-link";

// The breakdowns of the report: through disclosure control on the HQ page; on the office's
// own report (`linked`) unsuppressed, each count opening the cases behind it.
export async function AnnualReportBreakdowns({
  report,
  linked = false,
}: {
  report: PublishedReport;
  linked?: boolean;
}) {
  const t = await getTranslations("report");
  const format = await getFormatter();
  const words = await requestWords();
  const country = (code: string) =>
    code === "UNKNOWN" ? t("labels.unknown") : countryName(code, words.locale);
  const label = (group: string) => (key: string) =>
    key === "UNKNOWN" ? t("labels.unknown") : t(`labels.${group}.${key}`);
  const people = t("page.people");
  const exploitation = Object.fromEntries(
    Object.entries(report.vot.exploitation).map(([type, share]) => [type, share.count]),
  );
  const b = report.breakdowns;
  const hrefOf = (breakdown: BreakdownKey) =>
    linked
      ? (key: string) => drillDownHref(breakdownCases(breakdown, key, report.year))
      : undefined;
  const sexAgeCell = (sex: SexCode, age: AgeGroup) => {
    const cell = b.sexByAge[sex][age];
    const href =
      linked && typeof cell === "number" && cell > 0
        ? drillDownHref(sexByAgeCases(sex, age, report.year))
        : null;
    return (
      <FigureLink key={age} href={href}>
        {showCell(format, cell)}
      </FigureLink>
    );
  };
  return (
    <>
      <Section title={t("page.sexByAge")}>
        <SimpleTable
          caption={t("page.sexByAge")}
          headers={[t("page.sex"), ...AGE_GROUPS.map((age) => t(`labels.age.${age}`))]}
          rows={SEXES.map((sex) => [
            t(`labels.sex.${sex}`),
            ...AGE_GROUPS.map((age) => sexAgeCell(sex, age)),
          ])}
        />
      </Section>
      <BreakdownSection
        title={t("page.nationality")}
        headers={[t("page.country"), people]}
        cells={b.nationality}
        labelOf={country}
        hrefOf={hrefOf("nationality")}
      />
      <BreakdownSection
        title={t("page.hostCountry")}
        headers={[t("page.country"), people]}
        cells={b.hostCountry}
        labelOf={country}
        hrefOf={hrefOf("hostCountry")}
      />
      <BreakdownSection
        title={t("page.regionTitle")}
        headers={[t("page.region"), people]}
        cells={b.region}
        labelOf={(key) => (key === "UNKNOWN" ? t("labels.unknown") : regionName(words.t, key))}
        hrefOf={hrefOf("region")}
      />
      <BreakdownSection
        title={t("page.exploitation")}
        headers={[t("page.type"), people]}
        cells={exploitation}
        labelOf={label("exploitation")}
        hrefOf={hrefOf("exploitation")}
      />
      <BreakdownSection
        title={t("page.sector")}
        headers={[t("page.sectorColumn"), people]}
        cells={report.vot.forcedLabourSectors}
        labelOf={label("sector")}
        hrefOf={hrefOf("sector")}
      />
      <BreakdownSection
        title={t("page.serviceTypes")}
        headers={[t("page.type"), people]}
        cells={b.serviceTypes}
        labelOf={label("service")}
        hrefOf={hrefOf("serviceTypes")}
      />
      <BreakdownSection
        title={t("page.avrCategory")}
        headers={[t("page.category"), people]}
        cells={report.avr.byCategory}
        labelOf={label("category")}
        hrefOf={hrefOf("avrCategory")}
      />
      <BreakdownSection
        title={t("page.returns")}
        headers={[t("page.country"), people]}
        cells={report.avr.returnsByHostCountry}
        labelOf={country}
        hrefOf={hrefOf("returns")}
      />
    </>
  );
}
