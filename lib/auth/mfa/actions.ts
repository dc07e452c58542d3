import "server-only";

import { confirmMfaEnrollment, startMfaEnrollment } from "@/lib/auth/mfa/enroll-mfa";
import { disableMfa, regenerateRecoveryCodes, resetUserMfa } from "@/lib/auth/mfa/manage-mfa";
import { defineAction } from "@/lib/safe-action";
import {
  confirmMfaEnrollmentSchema,
  disableMfaSchema,
  regenerateRecoveryCodesSchema,
  resetUserMfaSchema,
  startMfaEnrollmentSchema,
} from "@/lib/validations/mfa";

// Enrollment is the one thing a user who must enroll may do before having enrolled.
export const startMfaEnrollmentAction = defineAction({
  schema: startMfaEnrollmentSchema,
  permission: "mfa:manage-own",
  allowDuringMfaEnrollment: true,
  handler: (actor) => startMfaEnrollment(actor),
});
export const confirmMfaEnrollmentAction = defineAction({
  schema: confirmMfaEnrollmentSchema,
  permission: "mfa:manage-own",
  allowDuringMfaEnrollment: true,
  handler: confirmMfaEnrollment,
});
export const regenerateRecoveryCodesAction = defineAction({
  schema: regenerateRecoveryCodesSchema,
  permission: "mfa:manage-own",
  handler: regenerateRecoveryCodes,
});
export const disableMfaAction = defineAction({
  schema: disableMfaSchema,
  permission: "mfa:disable-own",
  handler: disableMfa,
});
export const resetUserMfaAction = defineAction({
  schema: resetUserMfaSchema,
  permission: "user:manage",
  handler: resetUserMfa,
});
