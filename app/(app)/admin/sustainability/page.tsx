import { getTranslations } from "next-intl/server";

import { DimensionWeightForm, IndicatorForm } from "@/components/admin/sustainability-forms";
import { PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePermission } from "@/lib/auth/session";
import { indicatorQuestion, scaleRange } from "@/lib/sustainability/indicator-words";
import { listSustainabilitySettings } from "@/lib/sustainability/manage-indicators";

export default async function SustainabilityAdminPage() {
  const user = await requirePermission("office:manage");
  const { indicators, dimensions } = await listSustainabilitySettings(user);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("sustainability.title")} />
      <p className="text-sm text-slate-600">{t("sustainability.note")}</p>
      <Section title={t("sustainability.dimensions")}>
        <SimpleTable
          caption={t("sustainability.dimensions")}
          headers={[t("sustainability.dimension"), t("sustainability.weight")]}
          rows={dimensions.map((row) => {
            const label = t(`vocabulary.SustainabilityDimension.${row.dimension}`);
            return [
              label,
              <DimensionWeightForm
                key={row.dimension}
                dimension={row.dimension}
                weight={row.weight}
                label={label}
              />,
            ];
          })}
        />
      </Section>
      <Section title={t("sustainability.indicators")}>
        <SimpleTable
          caption={t("sustainability.indicators")}
          headers={[
            t("sustainability.code"),
            t("sustainability.dimension"),
            t("sustainability.question"),
            t("sustainability.scale"),
            t("sustainability.reversed"),
            t("sustainability.weight"),
          ]}
          rows={indicators.map((indicator) => [
            indicator.code,
            t(`vocabulary.SustainabilityDimension.${indicator.dimension}`),
            indicatorQuestion(t, indicator.code),
            scaleRange(t, indicator.code, indicator.scaleMax),
            indicator.isReversed ? t("sustainability.yes") : t("sustainability.no"),
            <IndicatorForm key={indicator.id} indicator={indicator} />,
          ])}
        />
      </Section>
    </>
  );
}
