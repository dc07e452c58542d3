import { z } from "zod";

import { openCaseSchemas } from "@/lib/cases/schemas";
import { idempotencyKey, optionalChoice, pastDay, version } from "@/lib/forms/fields";
import { HouseholdRelationship } from "@/lib/generated/prisma/enums";

// A household holds a family, not a village: a bound on members keeps every bulk write small.
export const MAX_HOUSEHOLD_MEMBERS = 30;

const id = z.uuid("invalidChoice");

export const createHouseholdSchema = z.object({ beneficiaryId: id, idempotencyKey });
export type CreateHouseholdInput = z.output<typeof createHouseholdSchema>;

export const addHouseholdMemberSchema = z.object({
  householdId: id,
  beneficiaryId: id,
  relationship: optionalChoice(HouseholdRelationship),
  idempotencyKey,
});
export type AddHouseholdMemberInput = z.output<typeof addHouseholdMemberSchema>;

// Removing a member or making one the head: the member row, within its household.
export const householdMemberSchema = z.object({ householdId: id, memberId: id });
export type HouseholdMemberInput = z.output<typeof householdMemberSchema>;

// The picker's search, sent by POST so that a typed name never reaches a URL or a log.
export const findHouseholdCandidatesSchema = z.object({
  householdId: id,
  text: z.string().trim().min(2, "tooShort").max(100, "tooLong"),
});
export type FindHouseholdCandidatesInput = z.output<typeof findHouseholdCandidatesSchema>;

// The AVR fields of one case, given once, and the members to open a case for.
export const openHouseholdAvrCasesSchema = openCaseSchemas.AVR.omit({ beneficiaryId: true }).extend(
  {
    householdId: id,
    beneficiaryIds: z
      .array(id, "required")
      .min(1, "pickAMember")
      .max(MAX_HOUSEHOLD_MEMBERS, "tooLong")
      .refine((ids) => new Set(ids).size === ids.length, "invalidChoice"),
  },
);
export type OpenHouseholdAvrCasesInput = z.output<typeof openHouseholdAvrCasesSchema>;

// One departure for the selected members' AVR cases, each with the version the form read.
export const recordHouseholdDepartureSchema = z.object({
  householdId: id,
  departedOn: pastDay,
  cases: z
    .array(z.object({ caseId: id, version }), "required")
    .min(1, "pickAMember")
    .max(MAX_HOUSEHOLD_MEMBERS, "tooLong")
    .refine((cases) => new Set(cases.map((c) => c.caseId)).size === cases.length, "invalidChoice"),
  recordReturnTravel: z.boolean("invalidChoice"),
  idempotencyKey,
});
export type RecordHouseholdDepartureInput = z.output<typeof recordHouseholdDepartureSchema>;
