import type { CaseDetail } from "@/lib/cases/get-case";

type Translate = (key: string) => string;

// The HTCDS victim context of a VOT case as facts for the case page (docs/htcds.md).
export function htcdsFacts(
  record: CaseDetail,
  t: Translate,
  country: (code: string | null) => string,
): [string, React.ReactNode][] {
  const list = (vocab: string, values: readonly string[] | null) =>
    values?.length ? values.map((value) => t(`vocabulary.${vocab}.${value}`)).join(", ") : "—";
  return [
    [
      t("htcds.caseFields.traffickingStatus"),
      record.traffickingStatus
        ? t(`vocabulary.TraffickingStatus.${record.traffickingStatus}`)
        : "—",
    ],
    [
      t("htcds.caseFields.recruitmentMethods"),
      list("RecruitmentMethod", record.recruitmentMethods),
    ],
    [t("htcds.caseFields.recruitmentCountry"), country(record.recruitmentCountry)],
    [t("htcds.caseFields.controlMethods"), list("ControlMethod", record.controlMethods)],
    [
      t("htcds.caseFields.sexExploitationTypes"),
      list("SexExploitationType", record.sexExploitationTypes),
    ],
  ];
}
