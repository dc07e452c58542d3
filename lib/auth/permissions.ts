import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

const FIELD = ["CASEWORKER", "SUPERVISOR"] as const;
const EVERYONE = ["CASEWORKER", "SUPERVISOR", "HQ", "ADMIN"] as const;
const AGGREGATES = ["HQ", "ADMIN"] as const;

// The one table that decides who may do what; anything not listed is denied.
export const permissions = {
  "account:manage-own": EVERYONE,
  "mfa:manage-own": EVERYONE,
  // Only roles that are not required to use MFA may turn it off (see mfaRequiredRoles).
  "mfa:disable-own": ["CASEWORKER"],
  "office:view-dashboard": FIELD,
  // The office's caseload and overdue work per caseworker (/office/team).
  "office:view-team": ["SUPERVISOR"],
  "beneficiary:read": FIELD,
  "beneficiary:write": FIELD,
  // Merging two records of one person moves cases between records: a supervisor's decision.
  "beneficiary:merge": ["SUPERVISOR"],
  "case:read": FIELD,
  "case:write": FIELD,
  "consent:write": FIELD,
  "case:hand-over": ["SUPERVISOR"],
  "case:legal-hold": ["SUPERVISOR"],
  // The case list, as filtered on screen, to CSV or XLSX: the office's own staff only
  // (lib/case-export).
  "case:export": FIELD,
  // Give cases to another caseworker or supervisor of the office (lib/cases/reassign-cases.ts).
  "case:reassign": ["SUPERVISOR"],
  "plan:draft": FIELD,
  "plan:deliver": FIELD,
  "plan:review": ["SUPERVISOR"],
  "inbox:read": FIELD,
  "report:read": AGGREGATES,
  // The annual report of the user's own office, unsuppressed, with links to its cases:
  // nothing in it that case:read does not already show them.
  "report:read-office": FIELD,
  "report:export": AGGREGATES,
  // Personal access tokens for the read-only aggregates API (/api/v1): HQ only. A token
  // works only while its user still holds this permission (lib/api-tokens).
  "api-token:manage-own": ["HQ"],
  // HTCDS exports (docs/htcds.md). The k-anonymised file: HQ for any office, a supervisor for
  // their own. The case-level file is a person's record even without a name, so it stays
  // with the office's supervisor, who alone may add names and contacts.
  "htcds:export-anonymised": ["SUPERVISOR", "HQ"],
  "htcds:export-cases": ["SUPERVISOR"],
  "htcds:export-identifying": ["SUPERVISOR"],
  "user:manage": ["ADMIN"],
  "office:manage": ["ADMIN"],
  "project:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "data:import": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  // The office's directory of service providers that cases are referred to; field staff
  // read it (case:read), supervisors keep it.
  "provider:manage": ["SUPERVISOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return (permissions[permission] as readonly Role[]).includes(user.role);
}

export function assertCan(user: { role: Role } | null | undefined, permission: Permission): void {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user, permission)) throw new AppError("FORBIDDEN");
}

// ASVS 5.0 level 2: these roles sign in with a second factor. Until they have enrolled, their
// session reaches only the enrollment page (lib/auth/session.ts).
export const mfaRequiredRoles: readonly Role[] = ["SUPERVISOR", "HQ", "ADMIN"];

export function isMfaRequired(role: Role): boolean {
  return mfaRequiredRoles.includes(role);
}

// Where each role lands after signing in.
export const homePathByRole: Record<Role, string> = {
  CASEWORKER: "/office",
  SUPERVISOR: "/office",
  HQ: "/reports",
  ADMIN: "/admin",
};
