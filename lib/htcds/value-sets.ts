// HTCDS (IOM's Human Trafficking Case Data Standard, github.com/UNMigration/HTCDS) and CTDC
// vocabularies, kept as data: the export writes only these words, and
// lib/htcds/htcds-values.test.ts checks every exported value against them. docs/htcds.md
// says which file each list comes from and which ones could not be verified.

// "Person" table, prs_Gender (HTCDS Field Reference.md).
export const HTCDS_GENDER = ["Male", "Female", "Transgender/NonConforming", "Unknown"] as const;

// "Trafficking Status" (Field Definitions.md). The standard documents the labels only; we
// write the labels.
export const HTCDS_TRAFFICKING_STATUS = [
  "Possible victim of trafficking",
  "Actual victim of trafficking",
  "Not a victim of trafficking",
] as const;

// vic_MethodOfRecruitment (HTCDS Field Reference.md; names as in Toolkit/Survey/htcds_xform.xml
// where it has them, the others written the same way from the labels).
export const HTCDS_RECRUITMENT_METHOD = [
  "Abduction",
  "EducationalFacility",
  "Familial",
  "InternetSocialMediaOnlineAdvertisement",
  "InternationalMarriageBroker",
  "IntimatePartnerMarriageProposition",
  "JobOfferAdvertisement",
  "PosingAsBenefactor",
  "PublicArea",
  "OfferOfAccommodation",
  "Shelter",
  "SmugglingRansom",
  "Work",
  "Other",
  "Unknown",
] as const;

// vic_MethodsOfControl (HTCDS Field Reference.md, Field Definitions.md).
export const HTCDS_METHODS_OF_CONTROL = [
  "DebtBondage",
  "TakesEarnings",
  "RestrictsFinancialAccess",
  "Threats",
  "PsychologicalAbuse",
  "PhysicalAbuse",
  "SexualAbuse",
  "FalsePromises",
  "PsychoactiveSubstances",
  "RestrictsMovement",
  "RestrictsMedicalCare",
  "ExcessiveWorkingHours",
  "UsesChildren",
  "ThreatOfLawEnforcement",
  "WithholdsNecessities",
  "WithholdsDocuments",
  "Other",
] as const;

// vic_TypeOfExploitation (Toolkit/Survey/htcds_xform.xml, plus "Slavery and similar
// practices" from an earlier HTCDS Field Reference.md).
export const HTCDS_TYPE_OF_EXPLOITATION = [
  "ForcedLabour",
  "SexualExploitation",
  "ForcedMarriage",
  "ForcedMilitaryService",
  "OrganRemoval",
  "ForcedBegging",
  "IllicitActivities",
  "IllegalAdoption",
  "Surrogacy",
  "SlaveryAndSimilarPractices",
  "Other",
] as const;

// vic_TypeOfLabourExploitation (HTCDS Field Reference.md; the CTDC typeOfLabour* columns).
export const HTCDS_TYPE_OF_LABOUR = [
  "Agriculture",
  "Aquafarming",
  "Begging",
  "Construction",
  "DomesticWork",
  "Hospitality",
  "IllicitActivities",
  "Manufacturing",
  "MiningOrDrilling",
  "Peddling",
  "Transportation",
  "Other",
] as const;

// vic_LabourIndustry: ISIC Rev. 4 sections (HTCDS Field Reference.md, "Labour Industry").
export const HTCDS_LABOUR_INDUSTRY = [
  "A_AgricultureForestryAndFishing",
  "B_MiningAndQuarrying",
  "C_Manufacturing",
  "D_ElectricityGasSteamAndAirConditioningSupply",
  "E_WaterSupplySewerageWasteManagement",
  "F_Construction",
  "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
  "H_TransportationAndStorage",
  "I_AccommodationAndFoodServiceActivities",
  "J_InformationAndCommunication",
  "K_FinancialAndInsuranceActivities",
  "L_RealEstateActivities",
  "M_ProfessionalScientificAndTechnicalActivities",
  "N_AdministrativeAndSupportServiceActivities",
  "O_PublicAdministrationAndDefence",
  "P_Education",
  "Q_HumanHealthAndSocialWorkActivities",
  "R_ArtsEntertainmentAndRecreation",
  "S_OtherServiceActivities",
  "T_ActivitiesOfHouseholdsAsEmployers",
  "U_ActivitiesOfExtraterritorialOrganizations",
] as const;

// vic_TypeOfSexExploitation (HTCDS Field Reference.md, htcds_xform.xml).
export const HTCDS_TYPE_OF_SEX_EXPLOITATION = [
  "Prostitution",
  "Pornography",
  "RemoteInteractiveServices",
  "PrivateSexualServices",
] as const;

// cas_Status (HTCDS Field Reference.md, htcds_xform.xml).
export const HTCDS_CASE_STATUS = ["Active", "FollowUp", "Closed", "ClosedReferred"] as const;

// CTDC global dataset: ageBroad bands and majorityStatus.
export const CTDC_AGE_BROAD = [
  "0--8",
  "9--17",
  "18--20",
  "21--23",
  "24--26",
  "27--29",
  "30--38",
  "39--47",
  "48+",
] as const;
export const CTDC_MAJORITY_STATUS = ["Minor", "Adult"] as const;

export type HtcdsValue<T extends readonly string[]> = T[number];
