import type {
  CaseStatus,
  ControlMethod,
  ExploitationType,
  LabourSector,
  RecruitmentMethod,
  Sex,
  SexExploitationType,
  TraffickingStatus,
} from "@/lib/generated/prisma/enums";

import {
  ageBroadOf,
  ageOn,
  alpha2Of,
  caseStatusOf,
  controlMethodOf,
  exploitationTypeOf,
  genderOf,
  isicSectionOf,
  joinValues,
  recruitmentMethodOf,
  sexExploitationTypeOf,
  traffickingStatusOf,
  typeOfLabourOf,
} from "./htcds-mapping";
import {
  CTDC_AGE_BROAD,
  CTDC_MAJORITY_STATUS,
  HTCDS_CASE_STATUS,
  HTCDS_GENDER,
  HTCDS_LABOUR_INDUSTRY,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_TRAFFICKING_STATUS,
  HTCDS_TYPE_OF_EXPLOITATION,
  HTCDS_TYPE_OF_LABOUR,
  HTCDS_TYPE_OF_SEX_EXPLOITATION,
} from "./value-sets";

// The case-level HTCDS file: one row per VOT case, HTCDS field names (table prefix and
// field, as in HTCDS Field Reference.md), CTDC names where HTCDS has none (ageBroad,
// majorityStatus, yearOfRegistration). docs/htcds.md lists each column's source.

export const CASE_LEVEL_COLUMNS = [
  "yearOfRegistration",
  "prs_Gender",
  "ageBroad",
  "majorityStatus",
  "prs_Nationality",
  "vic_TraffickingStatus",
  "vic_MethodOfRecruitment",
  "vic_LocationOfRecruitment",
  "vic_MethodsOfControl",
  "vic_TypeOfExploitation",
  "vic_TypeOfLabourExploitation",
  "vic_LabourIndustry",
  "vic_TypeOfSexExploitation",
  "vic_LocationOfExploitation",
  "cas_Status",
] as const;

// Names and contacts: only when a supervisor ticks the box (htcds:export-identifying).
// cas_Reference is the app's case number, not an HTCDS field.
export const IDENTIFYING_COLUMNS = [
  "cas_Reference",
  "prs_FirstName",
  "prs_SecondName",
  "prs_Birthdate",
  "prs_Email",
  "prs_MobilePhone",
  "prs_MailingStreet",
] as const;

// Each picklist column and the HTCDS/CTDC words it may hold; a multi-select cell joins them
// with ";". Country columns hold ISO 3166-1 alpha-2 codes.
export const COLUMN_VALUE_SETS: Record<string, readonly string[]> = {
  prs_Gender: HTCDS_GENDER,
  ageBroad: CTDC_AGE_BROAD,
  majorityStatus: CTDC_MAJORITY_STATUS,
  vic_TraffickingStatus: HTCDS_TRAFFICKING_STATUS,
  vic_MethodOfRecruitment: HTCDS_RECRUITMENT_METHOD,
  vic_MethodsOfControl: HTCDS_METHODS_OF_CONTROL,
  vic_TypeOfExploitation: HTCDS_TYPE_OF_EXPLOITATION,
  vic_TypeOfLabourExploitation: HTCDS_TYPE_OF_LABOUR,
  vic_LabourIndustry: HTCDS_LABOUR_INDUSTRY,
  vic_TypeOfSexExploitation: HTCDS_TYPE_OF_SEX_EXPLOITATION,
  cas_Status: HTCDS_CASE_STATUS,
};
export const COUNTRY_COLUMNS = [
  "prs_Nationality",
  "vic_LocationOfRecruitment",
  "vic_LocationOfExploitation",
] as const;

export type VotCaseRow = {
  ref: string;
  status: CaseStatus;
  identifiedOn: Date | null;
  exploitationTypes: ExploitationType[];
  labourSector: LabourSector | null;
  exploitationCountry: string | null;
  traffickingStatus: TraffickingStatus | null;
  recruitmentMethods: RecruitmentMethod[] | null;
  recruitmentCountry: string | null;
  controlMethods: ControlMethod[] | null;
  sexExploitationTypes: SexExploitationType[] | null;
  beneficiary: {
    givenName: string;
    familyName: string;
    sex: Sex;
    birthDate: Date | null;
    nationality: string | null;
    phone: string | null;
    contactEmail: string | null;
    address: string | null;
  };
};

export function caseLevelHeader(includeIdentifying: boolean): string[] {
  return includeIdentifying
    ? [...IDENTIFYING_COLUMNS, ...CASE_LEVEL_COLUMNS]
    : [...CASE_LEVEL_COLUMNS];
}

export function caseLevelRow(row: VotCaseRow, includeIdentifying: boolean): (string | null)[] {
  const b = row.beneficiary;
  const age = row.identifiedOn ? ageOn(b.birthDate, row.identifiedOn) : null;
  const band = ageBroadOf(age);
  const isForcedLabour = row.exploitationTypes.includes("FORCED_LABOUR");
  const sector = isForcedLabour ? row.labourSector : null;
  const values: (string | null)[] = [
    row.identifiedOn ? String(row.identifiedOn.getUTCFullYear()) : null,
    genderOf[b.sex],
    band,
    age === null ? null : age < 18 ? "Minor" : "Adult",
    alpha2Of(b.nationality),
    row.traffickingStatus ? traffickingStatusOf[row.traffickingStatus] : null,
    joinValues((row.recruitmentMethods ?? []).map((m) => recruitmentMethodOf[m])),
    alpha2Of(row.recruitmentCountry),
    joinValues((row.controlMethods ?? []).map((m) => controlMethodOf[m])),
    joinValues(row.exploitationTypes.map((type) => exploitationTypeOf[type])),
    sector ? typeOfLabourOf[sector] : null,
    sector ? isicSectionOf[sector] : null,
    joinValues((row.sexExploitationTypes ?? []).map((type) => sexExploitationTypeOf[type])),
    alpha2Of(row.exploitationCountry),
    caseStatusOf[row.status],
  ];
  if (!includeIdentifying) return values;
  return [
    row.ref,
    b.givenName,
    b.familyName,
    b.birthDate ? b.birthDate.toISOString().slice(0, 10) : null,
    b.contactEmail,
    b.phone,
    b.address,
    ...values,
  ];
}
