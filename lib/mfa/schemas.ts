import { z } from "zod";

import { mfaCode, totpCode } from "@/lib/auth/mfa/schemas";

export const startMfaEnrollmentSchema = z.object({});
export const confirmMfaEnrollmentSchema = z.object({ code: totpCode });
export type ConfirmMfaEnrollmentInput = z.input<typeof confirmMfaEnrollmentSchema>;
export const regenerateRecoveryCodesSchema = z.object({ code: totpCode });
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesSchema>;
export const disableMfaSchema = z.object({ code: mfaCode });
export type DisableMfaInput = z.input<typeof disableMfaSchema>;
export const resetUserMfaSchema = z.object({ userId: z.uuid("invalidChoice") });
