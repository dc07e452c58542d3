import { z } from "zod";

import { choice, optionalId, requiredText } from "@/lib/forms/fields";
import { Role } from "@/lib/generated/prisma/enums";

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

const needsOffice = (value: { role: Role; officeId: string | null }) =>
  value.role === "HQ" || value.role === "ADMIN" || value.officeId !== null;
const officeRule = { path: ["officeId"], message: "officeRequired" };

const userFields = {
  name: requiredText(),
  role: choice(Role),
  officeId: optionalId,
};

export const createUserSchema = z
  .object({
    ...userFields,
    email: z.string().trim().toLowerCase().email("invalidEmail").max(254, "tooLong"),
  })
  .refine(needsOffice, officeRule);
export type CreateUserInput = z.input<typeof createUserSchema>;

// successorId: who takes over the user's open cases when they leave the office's field work.
export const updateUserSchema = z
  .object({
    ...userFields,
    userId: z.uuid(),
    isActive: z.boolean(),
    successorId: optionalId.optional(),
  })
  .refine(needsOffice, officeRule);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const unlockUserSchema = z.object({ userId: z.uuid() });
export const resetUserPasswordSchema = z.object({ userId: z.uuid() });
