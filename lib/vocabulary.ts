import {
  CaseKind,
  CaseStatus,
  ConsentGiver,
  ConsentPurpose,
  ConsentType,
  ControlMethod,
  ExploitationType,
  InboxKind,
  LabourSector,
  MigrantCategory,
  Modality,
  PlanDecisionKind,
  PlanStatus,
  RecruitmentMethod,
  RiskLevel,
  Role,
  ServiceType,
  Sex,
  SexExploitationType,
  SustainabilityDimension,
  TraffickingStatus,
} from "@/lib/generated/prisma/enums";

// The one list of every word the data is made of. The values come from the Prisma enums
// (the database's types), in their declared order, which is also the order reports list
// them in; the labels are catalogue keys `vocabulary.<Name>.<VALUE>` in lib/i18n/messages.

type Values<E extends Record<string, string>> = readonly [E[keyof E], ...E[keyof E][]];
const valuesOf = <E extends Record<string, string>>(vocabulary: E) =>
  Object.values(vocabulary) as unknown as Values<E>;

export const CASE_KINDS = valuesOf(CaseKind);
export const CASE_STATUSES = valuesOf(CaseStatus);
export const SEXES = valuesOf(Sex);
export const MIGRANT_CATEGORIES = valuesOf(MigrantCategory);
export const EXPLOITATION_TYPES = valuesOf(ExploitationType);
export const LABOUR_SECTORS = valuesOf(LabourSector);
export const SERVICE_TYPES = valuesOf(ServiceType);
export const RISK_LEVELS = valuesOf(RiskLevel);
export const ROLES = valuesOf(Role);

// REPORT_SPEC's reintegration services: the only types a reintegration plan item may have,
// and the ones the annual report counts as reintegration assistance. The database's
// is_reintegration_service() names the same set; a test compares the two
// (lib/reports/reintegration-services.integration.test.ts).
export const REINTEGRATION_SERVICE_TYPES = [
  "EMPLOYMENT",
  "INCOME_GENERATION",
  "EDUCATION",
  "VOCATIONAL_TRAINING",
  "SMALL_BUSINESS",
  "ACCESS_TO_SERVICES",
] as const satisfies readonly ServiceType[];
export type ReintegrationServiceType = (typeof REINTEGRATION_SERVICE_TYPES)[number];

export function isReintegrationServiceType(type: string): type is ReintegrationServiceType {
  return (REINTEGRATION_SERVICE_TYPES as readonly string[]).includes(type);
}

// Every vocabulary with labels in the catalogue, by the name its keys use: the label of
// ServiceType.MEDICAL is `vocabulary.ServiceType.MEDICAL`.
export const vocabularies = {
  CaseKind,
  CaseStatus,
  Sex,
  ServiceType,
  MigrantCategory,
  ExploitationType,
  LabourSector,
  RiskLevel,
  PlanStatus,
  PlanDecisionKind,
  Modality,
  InboxKind,
  SustainabilityDimension,
  ConsentPurpose,
  ConsentType,
  ConsentGiver,
  TraffickingStatus,
  RecruitmentMethod,
  ControlMethod,
  SexExploitationType,
} as const;
export type VocabularyName = keyof typeof vocabularies;

export type {
  CaseKind,
  CaseStatus,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  RiskLevel,
  ServiceType,
  Sex,
} from "@/lib/generated/prisma/enums";
