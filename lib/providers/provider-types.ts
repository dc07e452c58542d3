import { ProviderType } from "@/lib/generated/prisma/enums";

// The provider types are HTCDS's organisation types (field org_Type of its Organisation
// table, UNMigration/HTCDS "HTCDS Field Reference.md"), in the standard's order. Labels are
// catalogue keys `providers.type.<VALUE>`; an export names them by HTCDS's value name.
export const PROVIDER_TYPES = Object.values(ProviderType) as [ProviderType, ...ProviderType[]];

export const HTCDS_ORGANISATION_TYPE: Record<ProviderType, string> = {
  NGO: "NGO",
  LAW_ENFORCEMENT: "LawEnforcement",
  HEALTH_SERVICE_ORGANISATION: "HealthServiceOrganisation",
  CENTRAL_GOVERNMENT_ORGANISATION: "CentralGovernmentOrganisation",
  LOCAL_GOVERNMENT_ORGANISATION: "LocalGovernmentOrganisation",
  IMMIGRATION_SERVICE: "ImmigrationService",
  LEGAL_SERVICE: "LegalService",
  CORPORATE_BUSINESS: "CorporateBusiness",
};
