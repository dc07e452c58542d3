import { describe, expect, it } from "vitest";

import {
  assertCan,
  can,
  isMfaRequired,
  permissions,
  type Permission,
} from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

const roles: Role[] = ["CASEWORKER", "SUPERVISOR", "HQ", "ADMIN"];

// The expected table, written out independently of the implementation.
const allowed: Record<Role, Permission[]> = {
  CASEWORKER: [
    "account:manage-own",
    "mfa:manage-own",
    "mfa:disable-own",
    "office:view-dashboard",
    "beneficiary:read",
    "beneficiary:write",
    "case:read",
    "case:write",
    "case:export",
    "consent:write",
    "plan:draft",
    "plan:deliver",
    "inbox:read",
    "report:read-office",
  ],
  SUPERVISOR: [
    "account:manage-own",
    "mfa:manage-own",
    "office:view-dashboard",
    "office:view-team",
    "beneficiary:read",
    "beneficiary:write",
    "case:read",
    "case:write",
    "case:export",
    "consent:write",
    "plan:draft",
    "plan:deliver",
    "inbox:read",
    "plan:review",
    "case:hand-over",
    "case:legal-hold",
    "case:reassign",
    "report:read-office",
    "beneficiary:merge",
    "htcds:export-anonymised",
    "htcds:export-cases",
    "htcds:export-identifying",
    "provider:manage",
  ],
  HQ: [
    "account:manage-own",
    "mfa:manage-own",
    "report:read",
    "report:export",
    "api-token:manage-own",
    "htcds:export-anonymised",
  ],
  ADMIN: [
    "account:manage-own",
    "mfa:manage-own",
    "report:read",
    "report:export",
    "user:manage",
    "office:manage",
    "project:manage",
    "audit:read",
    "data:import",
    "settings:manage",
  ],
};
const allPermissions = Object.keys(permissions) as Permission[];

function catchError(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("can", () => {
  it("knows exactly the thirty-three permissions of the table", () => {
    expect([...allPermissions].sort()).toEqual([
      "account:manage-own",
      "api-token:manage-own",
      "audit:read",
      "beneficiary:merge",
      "beneficiary:read",
      "beneficiary:write",
      "case:export",
      "case:hand-over",
      "case:legal-hold",
      "case:read",
      "case:reassign",
      "case:write",
      "consent:write",
      "data:import",
      "htcds:export-anonymised",
      "htcds:export-cases",
      "htcds:export-identifying",
      "inbox:read",
      "mfa:disable-own",
      "mfa:manage-own",
      "office:manage",
      "office:view-dashboard",
      "office:view-team",
      "plan:deliver",
      "plan:draft",
      "plan:review",
      "project:manage",
      "provider:manage",
      "report:export",
      "report:read",
      "report:read-office",
      "settings:manage",
      "user:manage",
    ]);
  });

  it("denies every permission to a null or undefined user", () => {
    for (const permission of allPermissions) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it.each(roles)("grants %s exactly its permissions and denies the rest", (role) => {
    const granted = allPermissions.filter((permission) => can({ role }, permission));
    expect(granted.sort()).toEqual([...allowed[role]].sort());
  });

  it("denies HQ case:read, beneficiary:read and user:manage", () => {
    expect(can({ role: "HQ" }, "case:read")).toBe(false);
    expect(can({ role: "HQ" }, "beneficiary:read")).toBe(false);
    expect(can({ role: "HQ" }, "user:manage")).toBe(false);
  });

  it("denies CASEWORKER plan:review, user:manage and report:read", () => {
    expect(can({ role: "CASEWORKER" }, "plan:review")).toBe(false);
    expect(can({ role: "CASEWORKER" }, "user:manage")).toBe(false);
    expect(can({ role: "CASEWORKER" }, "report:read")).toBe(false);
  });

  it("grants SUPERVISOR plan:review but not user:manage", () => {
    expect(can({ role: "SUPERVISOR" }, "plan:review")).toBe(true);
    expect(can({ role: "SUPERVISOR" }, "user:manage")).toBe(false);
  });

  it("grants the office report only to field roles, who can read its cases anyway; HQ and ADMIN get the suppressed HQ report", () => {
    expect(can({ role: "SUPERVISOR" }, "report:read-office")).toBe(true);
    expect(can({ role: "CASEWORKER" }, "report:read-office")).toBe(true);
    expect(can({ role: "HQ" }, "report:read-office")).toBe(false);
    expect(can({ role: "ADMIN" }, "report:read-office")).toBe(false);
  });

  it("lets only SUPERVISOR keep the office's directory of service providers", () => {
    expect(roles.filter((role) => can({ role }, "provider:manage"))).toEqual(["SUPERVISOR"]);
  });

  it("lets only ADMIN change settings such as the disclosure threshold", () => {
    expect(roles.filter((role) => can({ role }, "settings:manage"))).toEqual(["ADMIN"]);
  });

  it("denies ADMIN case:read and case:write (no personal case data)", () => {
    expect(can({ role: "ADMIN" }, "case:read")).toBe(false);
    expect(can({ role: "ADMIN" }, "case:write")).toBe(false);
    expect(can({ role: "ADMIN" }, "user:manage")).toBe(true);
  });
});

describe("assertCan", () => {
  it("throws AppError UNAUTHENTICATED for a null user", () => {
    const error = catchError(() => assertCan(null, "case:read"));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
  });

  it("throws AppError FORBIDDEN for a role without the permission", () => {
    const error = catchError(() => assertCan({ role: "HQ" }, "case:read"));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });

  it("returns without throwing for a role with the permission", () => {
    expect(catchError(() => assertCan({ role: "CASEWORKER" }, "case:read"))).toBeUndefined();
  });
});

describe("isMfaRequired", () => {
  it("requires MFA of supervisors, HQ and admins, and lets exactly the other roles turn it off", () => {
    expect(roles.filter(isMfaRequired)).toEqual(["SUPERVISOR", "HQ", "ADMIN"]);
    expect(roles.filter((role) => can({ role }, "mfa:disable-own"))).toEqual(
      roles.filter((role) => !isMfaRequired(role)),
    );
  });
});
