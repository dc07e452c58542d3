"use server";

import { confirmMfaEnrollment, startMfaEnrollment } from "@/lib/mfa/enroll-mfa";
import { disableMfa, regenerateRecoveryCodes, resetUserMfa } from "@/lib/mfa/manage-mfa";
import {
  confirmMfaEnrollmentSchema,
  disableMfaSchema,
  regenerateRecoveryCodesSchema,
  resetUserMfaSchema,
  startMfaEnrollmentSchema,
} from "@/lib/mfa/schemas";
import { serverAction } from "@/lib/safe-action";

// Enrollment is the one thing a user who must enroll may do before having enrolled.
export const startMfaEnrollmentAction = serverAction({
  schema: startMfaEnrollmentSchema,
  permission: "mfa:manage-own",
  allowDuringMfaEnrollment: true,
  handler: (actor) => startMfaEnrollment(actor),
});
export const confirmMfaEnrollmentAction = serverAction({
  schema: confirmMfaEnrollmentSchema,
  permission: "mfa:manage-own",
  allowDuringMfaEnrollment: true,
  handler: confirmMfaEnrollment,
});
export const regenerateRecoveryCodesAction = serverAction({
  schema: regenerateRecoveryCodesSchema,
  permission: "mfa:manage-own",
  handler: regenerateRecoveryCodes,
});
export const disableMfaAction = serverAction({
  schema: disableMfaSchema,
  permission: "mfa:disable-own",
  handler: disableMfa,
  revalidate: "/account/security",
});
export const resetUserMfaAction = serverAction({
  schema: resetUserMfaSchema,
  permission: "user:manage",
  handler: resetUserMfa,
  revalidate: "/admin/users",
});
