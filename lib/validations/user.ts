import { z } from "zod";

import { Role } from "@/lib/generated/prisma/enums";
import { choice, optionalId, requiredText } from "@/lib/validations/common";

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

export const updateUserSchema = z
  .object({ ...userFields, userId: z.uuid(), isActive: z.boolean() })
  .refine(needsOffice, officeRule);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const unlockUserSchema = z.object({ userId: z.uuid() });
export const resetUserPasswordSchema = z.object({ userId: z.uuid() });
