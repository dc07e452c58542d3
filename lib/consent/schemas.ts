import { z } from "zod";

import {
  choice,
  country,
  idempotencyKey,
  optionalText,
  pastDay,
  requiredText,
} from "@/lib/forms/fields";
import { ConsentGiver, ConsentPurpose, ConsentType } from "@/lib/generated/prisma/enums";

export const recordConsentSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    purpose: choice(ConsentPurpose),
    type: choice(ConsentType),
    givenBy: choice(ConsentGiver),
    guardianName: optionalText(200),
    guardianRelationship: optionalText(100),
    givenOn: pastDay,
    anyOffice: z.boolean("invalidChoice"),
    countries: z.array(country, "invalidChoice").max(60, "tooLong"),
    idempotencyKey,
  })
  .superRefine((value, ctx) => {
    if (value.givenBy === "GUARDIAN") {
      if (!value.guardianName)
        ctx.addIssue({ code: "custom", path: ["guardianName"], message: "required" });
      if (!value.guardianRelationship)
        ctx.addIssue({ code: "custom", path: ["guardianRelationship"], message: "required" });
    }
    if (value.purpose === "HAND_OVER" && !value.anyOffice && value.countries.length === 0) {
      ctx.addIssue({ code: "custom", path: ["countries"], message: "consentScopeRequired" });
    }
  });
export type RecordConsentInput = z.output<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({
  consentId: z.uuid("invalidChoice"),
  withdrawnOn: pastDay,
  reason: requiredText(1000),
});
export type WithdrawConsentInput = z.output<typeof withdrawConsentSchema>;
