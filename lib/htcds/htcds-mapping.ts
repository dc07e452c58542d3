import countries from "i18n-iso-countries";

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

import type {
  CTDC_AGE_BROAD,
  HTCDS_CASE_STATUS,
  HTCDS_GENDER,
  HTCDS_LABOUR_INDUSTRY,
  HTCDS_METHODS_OF_CONTROL,
  HTCDS_RECRUITMENT_METHOD,
  HTCDS_TRAFFICKING_STATUS,
  HTCDS_TYPE_OF_EXPLOITATION,
  HTCDS_TYPE_OF_LABOUR,
  HTCDS_TYPE_OF_SEX_EXPLOITATION,
  HtcdsValue,
} from "./value-sets";

// From the app's vocabularies to HTCDS's words. Each table covers every value of the app's
// enum (the type checks it) and writes only words of the HTCDS list (the type checks that
// too; htcds-values.test.ts checks the file).

export const genderOf = {
  M: "Male",
  F: "Female",
  X: "Transgender/NonConforming",
  U: "Unknown",
} as const satisfies Record<Sex, HtcdsValue<typeof HTCDS_GENDER>>;

export const traffickingStatusOf = {
  POSSIBLE_VICTIM: "Possible victim of trafficking",
  ACTUAL_VICTIM: "Actual victim of trafficking",
  NOT_A_VICTIM: "Not a victim of trafficking",
} as const satisfies Record<TraffickingStatus, HtcdsValue<typeof HTCDS_TRAFFICKING_STATUS>>;

export const recruitmentMethodOf = {
  ABDUCTION: "Abduction",
  EDUCATIONAL_FACILITY: "EducationalFacility",
  FAMILIAL: "Familial",
  INTERNET: "InternetSocialMediaOnlineAdvertisement",
  INTERNATIONAL_MARRIAGE_BROKER: "InternationalMarriageBroker",
  INTIMATE_PARTNER_OR_MARRIAGE_PROPOSITION: "IntimatePartnerMarriageProposition",
  JOB_OFFER: "JobOfferAdvertisement",
  POSING_AS_BENEFACTOR: "PosingAsBenefactor",
  PUBLIC_AREA: "PublicArea",
  OFFER_OF_ACCOMMODATION: "OfferOfAccommodation",
  SHELTER: "Shelter",
  SMUGGLING_RANSOM: "SmugglingRansom",
  WORK: "Work",
  OTHER: "Other",
  UNKNOWN: "Unknown",
} as const satisfies Record<RecruitmentMethod, HtcdsValue<typeof HTCDS_RECRUITMENT_METHOD>>;

export const controlMethodOf = {
  DEBT_BONDAGE: "DebtBondage",
  TAKES_EARNINGS: "TakesEarnings",
  RESTRICTS_FINANCIAL_ACCESS: "RestrictsFinancialAccess",
  THREATS: "Threats",
  PSYCHOLOGICAL_ABUSE: "PsychologicalAbuse",
  PHYSICAL_ABUSE: "PhysicalAbuse",
  SEXUAL_ABUSE: "SexualAbuse",
  FALSE_PROMISES: "FalsePromises",
  PSYCHOACTIVE_SUBSTANCES: "PsychoactiveSubstances",
  RESTRICTS_MOVEMENT: "RestrictsMovement",
  RESTRICTS_MEDICAL_CARE: "RestrictsMedicalCare",
  EXCESSIVE_WORKING_HOURS: "ExcessiveWorkingHours",
  USES_CHILDREN: "UsesChildren",
  THREAT_OF_LAW_ENFORCEMENT: "ThreatOfLawEnforcement",
  WITHHOLDS_NECESSITIES: "WithholdsNecessities",
  WITHHOLDS_DOCUMENTS: "WithholdsDocuments",
  OTHER: "Other",
} as const satisfies Record<ControlMethod, HtcdsValue<typeof HTCDS_METHODS_OF_CONTROL>>;

// FORCED_CRIMINALITY is HTCDS's "illicit activities"; HTCDS has no word for child labour, so
// it goes out as Other (docs/htcds.md).
export const exploitationTypeOf = {
  FORCED_LABOUR: "ForcedLabour",
  SEXUAL: "SexualExploitation",
  FORCED_BEGGING: "ForcedBegging",
  FORCED_MARRIAGE: "ForcedMarriage",
  ORGAN_REMOVAL: "OrganRemoval",
  FORCED_CRIMINALITY: "IllicitActivities",
  OTHER: "Other",
  FORCED_MILITARY_SERVICE: "ForcedMilitaryService",
  ILLEGAL_ADOPTION: "IllegalAdoption",
  SURROGACY: "Surrogacy",
  SLAVERY_AND_SIMILAR_PRACTICES: "SlaveryAndSimilarPractices",
  CHILD_LABOUR: "Other",
} as const satisfies Record<ExploitationType, HtcdsValue<typeof HTCDS_TYPE_OF_EXPLOITATION>>;

// The sector of forced labour as HTCDS's type of labour and as its ISIC section. OTHER has
// no ISIC section (S is "other service activities", which is narrower): it stays blank.
export const typeOfLabourOf = {
  AGRICULTURE: "Agriculture",
  CONSTRUCTION: "Construction",
  DOMESTIC_WORK: "DomesticWork",
  MANUFACTURING: "Manufacturing",
  FISHING: "Aquafarming",
  HOSPITALITY: "Hospitality",
  OTHER: "Other",
} as const satisfies Record<LabourSector, HtcdsValue<typeof HTCDS_TYPE_OF_LABOUR>>;

export const isicSectionOf = {
  AGRICULTURE: "A_AgricultureForestryAndFishing",
  CONSTRUCTION: "F_Construction",
  DOMESTIC_WORK: "T_ActivitiesOfHouseholdsAsEmployers",
  MANUFACTURING: "C_Manufacturing",
  FISHING: "A_AgricultureForestryAndFishing",
  HOSPITALITY: "I_AccommodationAndFoodServiceActivities",
  OTHER: null,
} as const satisfies Record<LabourSector, HtcdsValue<typeof HTCDS_LABOUR_INDUSTRY> | null>;

export const sexExploitationTypeOf = {
  PROSTITUTION: "Prostitution",
  PORNOGRAPHY: "Pornography",
  REMOTE_INTERACTIVE_SERVICES: "RemoteInteractiveServices",
  PRIVATE_SEXUAL_SERVICES: "PrivateSexualServices",
} as const satisfies Record<SexExploitationType, HtcdsValue<typeof HTCDS_TYPE_OF_SEX_EXPLOITATION>>;

// HTCDS's case status has no "in identification" step: every open VOT status is Active,
// monitoring is FollowUp.
export const caseStatusOf = {
  OPEN: "Active",
  COUNSELLING: "Active",
  APPROVED_FOR_RETURN: "Active",
  DEPARTED: "Active",
  IDENTIFIED: "Active",
  ASSISTING: "Active",
  ASSESSMENT: "Active",
  PLANNING: "Active",
  MONITORING: "FollowUp",
  CLOSED: "Closed",
} as const satisfies Record<CaseStatus, HtcdsValue<typeof HTCDS_CASE_STATUS>>;

// ISO 3166-1 alpha-2, as HTCDS asks; the app stores alpha-3.
export function alpha2Of(alpha3: string | null): string | null {
  if (!alpha3) return null;
  return countries.alpha3ToAlpha2(alpha3) ?? null;
}

// CTDC's ageBroad from an age in whole years.
export function ageBroadOf(age: number | null): HtcdsValue<typeof CTDC_AGE_BROAD> | null {
  if (age === null || age < 0) return null;
  if (age <= 8) return "0--8";
  if (age <= 17) return "9--17";
  if (age <= 20) return "18--20";
  if (age <= 23) return "21--23";
  if (age <= 26) return "24--26";
  if (age <= 29) return "27--29";
  if (age <= 38) return "30--38";
  if (age <= 47) return "39--47";
  return "48+";
}

// Whole years between two days (UTC dates), or null without a birth date.
export function ageOn(birthDate: Date | null, on: Date): number | null {
  if (!birthDate) return null;
  let age = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const before =
    on.getUTCMonth() < birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() < birthDate.getUTCDate());
  if (before) age -= 1;
  return age;
}

// HTCDS multi-select picklists in one cell, separated as CTDC's *Concatenated columns are.
export function joinValues(values: readonly (string | null)[]): string {
  return [...new Set(values.filter((value): value is string => value !== null))].join(";");
}
