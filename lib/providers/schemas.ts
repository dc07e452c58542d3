import { z } from "zod";

import { choice, idempotencyKey, optionalText, requiredText, version } from "@/lib/forms/fields";
import { ProviderType, ServiceType } from "@/lib/generated/prisma/enums";

// A provider's contact is free text with limits: organisations, not people, and the field
// staff write what they need to reach them.
const providerFields = {
  name: requiredText(200),
  type: choice(ProviderType),
  services: z
    .array(choice(ServiceType), "invalidChoice")
    .min(1, "required")
    .max(Object.keys(ServiceType).length, "tooLong"),
  phone: optionalText(50),
  email: z
    .string()
    .trim()
    .max(200, "tooLong")
    .refine((value) => value === "" || z.email().safeParse(value).success, "invalidEmail")
    .transform((value) => value || null)
    .nullable(),
  address: optionalText(500),
};

export const createProviderSchema = z.object({ ...providerFields, idempotencyKey });
export type CreateProviderInput = z.output<typeof createProviderSchema>;

export const updateProviderSchema = z.object({
  ...providerFields,
  providerId: z.uuid("invalidChoice"),
  version,
  isActive: z.boolean("invalidChoice"),
});
export type UpdateProviderInput = z.output<typeof updateProviderSchema>;
