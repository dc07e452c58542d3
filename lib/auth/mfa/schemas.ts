import { z } from "zod";

// Spaces and dashes are ignored, so "123 456" and "abcd-efgh-jkmn" both work as typed.
const compact = z
  .string()
  .max(40, "tooLong")
  .transform((value) => value.toLowerCase().replace(/[\s-]/g, ""));

// A 6-digit code from the authenticator app.
export const totpCode = compact.pipe(z.string().regex(/^\d{6}$/, "invalidMfaCode"));
// The app's code or a 12-character recovery code.
export const mfaCode = compact.pipe(z.string().regex(/^(\d{6}|[a-z0-9]{12})$/, "invalidMfaCode"));

export const mfaSignInSchema = z.object({
  challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  code: mfaCode,
});
export type MfaSignInInput = z.input<typeof mfaSignInSchema>;
