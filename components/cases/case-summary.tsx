import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { htcdsFacts } from "@/components/htcds/htcds-facts";
import { FactList } from "@/components/ui/fact-list";
import { isChildOn } from "@/lib/beneficiaries/birth-date";
import type { CaseDetail } from "@/lib/cases/get-case";
import { countryName } from "@/lib/geo/countries";
import { showDay } from "@/lib/i18n/format";

export async function CaseSummary({ record }: { record: CaseDetail }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const { beneficiary } = record;
  const country = (code: string | null) => (code ? countryName(code, locale) : "—");
  const common: [string, React.ReactNode][] = [
    [t("cases.kind"), t(`vocabulary.CaseKind.${record.kind}`)],
    [
      t("cases.status"),
      <span key="status" data-testid="case-status">
        {t(`vocabulary.CaseStatus.${record.status}`)}
      </span>,
    ],
    [
      t("cases.beneficiary"),
      <Link
        key="beneficiary"
        href={`/beneficiaries/${beneficiary.id}`}
        className="text-blue-700 underline"
      >
        {beneficiary.givenName} {beneficiary.familyName} ({beneficiary.ref})
      </Link>,
    ],
    [t("beneficiary.sex"), t(`vocabulary.Sex.${beneficiary.sex}`)],
    [t("beneficiary.nationality"), country(beneficiary.nationality)],
    [t("cases.opened"), showDay(format, record.openedOn)],
    [t("cases.closed"), showDay(format, record.closedOn) || "—"],
    [
      t("cases.office"),
      `${record.office.code} · ${record.office.name} (${countryName(record.office.hostCountry, locale)})`,
    ],
    [t("cases.project"), `${record.project.code} · ${record.project.title}`],
    [t("assignment.holder"), record.assignedTo?.name ?? t("assignment.unassigned")],
  ];
  const byKind: Record<CaseDetail["kind"], [string, React.ReactNode][]> = {
    AVR: [
      [
        t("caseForm.migrantCategory"),
        record.migrantCategory ? t(`vocabulary.MigrantCategory.${record.migrantCategory}`) : "—",
      ],
      [t("caseForm.returnCountry"), country(record.returnCountry)],
      [t("caseForm.plannedDepartureOn"), showDay(format, record.plannedDepartureOn) || "—"],
      [t("caseForm.actualDepartureOn"), showDay(format, record.actualDepartureOn) || "—"],
      [t("caseForm.travelDetails"), record.travelDetails ?? "—"],
    ],
    REINTEGRATION: [
      [t("caseForm.originCountry"), country(record.originCountry)],
      [t("caseForm.avrCaseRef"), record.avrCase?.ref ?? "—"],
      [t("caseForm.needsAssessment"), record.needsAssessment ?? "—"],
    ],
    VOT: [
      [t("caseForm.identifiedOn"), showDay(format, record.identifiedOn)],
      [t("caseForm.identifiedBy"), record.identifiedBy ?? "—"],
      [
        t("caseForm.childAtIdentification"),
        childLabel(isChildOn(beneficiary.birthDate, record.identifiedOn), t),
      ],
      [
        t("caseForm.exploitationTypes"),
        record.exploitationTypes.map((type) => t(`vocabulary.ExploitationType.${type}`)).join(", "),
      ],
      [
        t("caseForm.labourSector"),
        record.labourSector ? t(`vocabulary.LabourSector.${record.labourSector}`) : "—",
      ],
      [t("caseForm.exploitationCountry"), country(record.exploitationCountry)],
      [
        t("caseForm.riskLevel"),
        record.riskLevel ? t(`vocabulary.RiskLevel.${record.riskLevel}`) : "—",
      ],
      ...htcdsFacts(record, t, country),
    ],
  };
  return <FactList facts={[...common, ...byKind[record.kind]]} />;
}

function childLabel(isChild: boolean | null, t: (key: string) => string) {
  if (isChild === null) return t("beneficiary.unknown");
  return isChild ? t("caseForm.yesChild") : t("caseForm.noAdult");
}
