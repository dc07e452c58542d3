import { z } from "zod";

import {
  choice,
  idempotencyKey,
  optionalCountry,
  optionalPastDay,
  optionalText,
  requiredText,
} from "@/lib/forms/fields";
import { Sex } from "@/lib/generated/prisma/enums";

const estimatedAge = z
  .union([
    z.literal("").transform(() => null),
    z.coerce
      .number("invalidNumber")
      .refine((age) => Number.isInteger(age) && age >= 0 && age <= 120, "invalidNumber"),
  ])
  .nullable();

export const beneficiaryFields = z.object({
  givenName: requiredText(100),
  familyName: requiredText(100),
  sex: choice(Sex),
  birthDate: optionalPastDay,
  estimatedAge,
  nationality: optionalCountry,
  phone: optionalText(50),
  contactEmail: z
    .union([z.literal("").transform(() => null), z.email("invalidEmail").max(254, "tooLong")])
    .nullable(),
  address: optionalText(500),
  hasConsent: z.boolean(),
  consentDate: optionalPastDay,
  consentPurpose: optionalText(300),
});

type Fields = z.output<typeof beneficiaryFields>;
function checkRules(value: Fields, ctx: z.RefinementCtx) {
  if (value.birthDate && value.estimatedAge !== null) {
    ctx.addIssue({ code: "custom", path: ["estimatedAge"], message: "birthDateOrAge" });
  }
  if (value.hasConsent && !value.consentDate)
    ctx.addIssue({ code: "custom", path: ["consentDate"], message: "required" });
  if (value.hasConsent && !value.consentPurpose)
    ctx.addIssue({ code: "custom", path: ["consentPurpose"], message: "required" });
}

export const findDuplicateBeneficiariesSchema = beneficiaryFields.pick({
  givenName: true,
  familyName: true,
  birthDate: true,
  estimatedAge: true,
  nationality: true,
});

export const registerBeneficiarySchema = beneficiaryFields
  .extend({ acknowledgedDuplicates: z.boolean(), idempotencyKey })
  .superRefine(checkRules);
export type RegisterBeneficiaryInput = z.input<typeof registerBeneficiarySchema>;
