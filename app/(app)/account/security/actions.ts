"use server";

import {
  confirmMfaEnrollmentAction,
  disableMfaAction,
  regenerateRecoveryCodesAction,
  startMfaEnrollmentAction,
} from "@/lib/auth/mfa/actions";
import { runAction } from "@/lib/safe-action";

export async function startMfaEnrollment(input: unknown) {
  return runAction(startMfaEnrollmentAction, input);
}

export async function confirmMfaEnrollment(input: unknown) {
  return runAction(confirmMfaEnrollmentAction, input);
}

export async function regenerateRecoveryCodes(input: unknown) {
  return runAction(regenerateRecoveryCodesAction, input);
}

export async function disableMfa(input: unknown) {
  return runAction(disableMfaAction, input, { revalidate: "/account/security" });
}
