import { z } from "zod";

// ASVS 5.0 V6.2: at least 12 characters, at most 128 (passphrases welcome, no composition
// rules); the common-password check runs on the server.
export const newPassword = z.string().min(12, "passwordTooShort").max(128, "tooLong");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(1024, "tooLong"),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDiffer",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "passwordUnchanged",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

// The page of a set-up link (lib/users/setup-links.ts): the token comes from the link.
export const setUpPasswordSchema = z
  .object({
    token: z.string().min(20, "setupLinkUsed").max(200, "setupLinkUsed"),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "passwordsDiffer",
  });
export type SetUpPasswordInput = z.input<typeof setUpPasswordSchema>;
