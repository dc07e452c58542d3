import { z } from "zod";

import {
  choice,
  idempotencyKey,
  optionalCountry,
  optionalDay,
  optionalPastDay,
  optionalText,
  requiredText,
  version,
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

// An edit sends the whole record with the version it was read at (a stale one is refused).
export const updateBeneficiarySchema = beneficiaryFields
  .extend({ beneficiaryId: z.uuid("invalidChoice"), version, idempotencyKey })
  .superRefine(checkRules);
export type UpdateBeneficiaryInput = z.input<typeof updateBeneficiarySchema>;

// The fields both forms share, as the forms hold them.
export type BeneficiaryFieldsInput = z.input<typeof beneficiaryFields>;

// Two records of one person: the survivor keeps its id and gains the other's cases.
export const mergeBeneficiariesSchema = z
  .object({
    survivorId: z.uuid("invalidChoice"),
    mergedId: z.uuid("invalidChoice"),
    survivorVersion: version,
    mergedVersion: version,
    // The supervisor ticks that both records are the same person.
    isSamePersonConfirmed: z.boolean("required").refine((isConfirmed) => isConfirmed, "required"),
    idempotencyKey,
  })
  .refine((value) => value.survivorId !== value.mergedId, {
    path: ["mergedId"],
    message: "mergeIntoItself",
  });
export type MergeBeneficiariesInput = z.input<typeof mergeBeneficiariesSchema>;

// The registry's search: a name or reference, and a birth date. Both are sealed before they
// go into the URL (lib/beneficiaries/beneficiary-search-token.ts).
export const sealBeneficiarySearchSchema = z.object({
  text: z.string("required").trim().max(400, "tooLong"),
  birthDate: optionalDay,
});
