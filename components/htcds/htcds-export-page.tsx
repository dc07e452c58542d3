import { getFormatter, getTranslations } from "next-intl/server";

import { HtcdsCaseExportForm } from "@/components/htcds/htcds-case-export-form";
import { FactList } from "@/components/ui/fact-list";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader, Section } from "@/components/ui/page-header";
import { anonymisedHref, type HtcdsExportView } from "@/lib/htcds/get-htcds-export-view";
import { K, QUASI_IDENTIFIERS } from "@/lib/htcds/k-anonymity";

const buttonClass =
  "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

// /reports/htcds: the k-anonymised CTDC-style file (HQ, supervisors for their office) and,
// for supervisors, the case-level file for a data-sharing agreement (docs/htcds.md).
export async function HtcdsExportPage({ view }: { view: HtcdsExportView }) {
  const t = await getTranslations("htcds");
  const format = await getFormatter();
  const { filter, preview } = view;
  const generalised = QUASI_IDENTIFIERS.filter((qi) => preview.levels[qi] > 0);
  return (
    <>
      <PageHeader title={t("page.title")} />
      <p className="max-w-3xl text-sm text-slate-700">{t("page.intro")}</p>

      <Section title={t("anonymised.title")}>
        <p className="max-w-3xl text-sm text-slate-700">{t("anonymised.description", { k: K })}</p>
        <form method="get" className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-4 sm:items-end">
          {view.canChooseOffice && (
            <Field id="htcds-office" label={t("filter.office")}>
              <Select id="htcds-office" name="office" defaultValue={filter.office ?? ""}>
                <option value="">{t("filter.allOffices")}</option>
                {view.offices.map((office) => (
                  <option key={office.id} value={office.id}>
                    {office.code} · {office.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field id="htcds-yearFrom" label={t("filter.yearFrom")}>
            <Input
              id="htcds-yearFrom"
              name="yearFrom"
              type="number"
              inputMode="numeric"
              defaultValue={filter.yearFrom ?? ""}
            />
          </Field>
          <Field id="htcds-yearTo" label={t("filter.yearTo")}>
            <Input
              id="htcds-yearTo"
              name="yearTo"
              type="number"
              inputMode="numeric"
              defaultValue={filter.yearTo ?? ""}
            />
          </Field>
          <button
            type="submit"
            className={`${buttonClass} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
          >
            {t("filter.apply")}
          </button>
        </form>
        <div className="mt-4 max-w-3xl">
          <FactList
            facts={[
              [t("anonymised.records"), format.number(preview.recordCount)],
              [t("anonymised.kept"), format.number(preview.recordCount - preview.suppressed)],
              [
                t("anonymised.keptShare"),
                <span key="share" data-testid="htcds-kept-share">
                  {format.number(preview.keptShare, { style: "percent", maximumFractionDigits: 1 })}
                </span>,
              ],
              [
                t("anonymised.generalised"),
                generalised.length
                  ? generalised.map((qi) => t(`quasiIdentifier.${qi}`)).join(", ")
                  : t("anonymised.nothingGeneralised"),
              ],
            ]}
          />
        </div>
        <p className="mt-4">
          <a
            href={anonymisedHref(filter)}
            download
            className={`${buttonClass} bg-blue-700 text-white hover:bg-blue-800`}
          >
            {t("anonymised.download")}
          </a>
        </p>
      </Section>

      {view.canExportCases && (
        <Section title={t("caseLevel.title")}>
          <p className="max-w-3xl text-sm text-slate-700">{t("caseLevel.description")}</p>
          <HtcdsCaseExportForm canIncludeIdentifying={view.canIncludeIdentifying} />
        </Section>
      )}
    </>
  );
}
