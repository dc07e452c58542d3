import type { Actor } from "@/lib/auth/actor";
import { currentTotpStep, totpCodeAt } from "@/lib/auth/mfa/totp";
import { confirmMfaEnrollment, startMfaEnrollment } from "@/lib/mfa/enroll-mfa";

// Enrolls a user the way the account page does, with the code an app would show now.
export async function enrollForTest(user: Actor) {
  const { secret } = await startMfaEnrollment(user);
  const { recoveryCodes } = await confirmMfaEnrollment(user, {
    code: totpCodeAt(secret, currentTotpStep()),
  });
  return { secret, recoveryCodes };
}
