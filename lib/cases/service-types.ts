import type { CaseKind, ServiceType } from "@/lib/generated/prisma/enums";
import { SERVICE_TYPES } from "@/lib/vocabulary";

// The one rule for which services a case can record: return travel belongs to assisted
// voluntary return; every other type fits every kind of case. The form offers what this
// allows and the server refuses what it does not.
export function isServiceTypeAllowed(kind: CaseKind, type: ServiceType): boolean {
  return type !== "RETURN_TRAVEL" || kind === "AVR";
}

export function serviceTypesFor(kind: CaseKind): ServiceType[] {
  return SERVICE_TYPES.filter((type) => isServiceTypeAllowed(kind, type));
}
