"use server";

import { addHouseholdMember } from "@/lib/households/add-household-member";
import { createHousehold } from "@/lib/households/create-household";
import { findHouseholdCandidates } from "@/lib/households/find-household-candidates";
import { openHouseholdAvrCases } from "@/lib/households/open-household-avr-cases";
import { recordHouseholdDeparture } from "@/lib/households/record-household-departure";
import { removeHouseholdMember } from "@/lib/households/remove-household-member";
import {
  addHouseholdMemberSchema,
  createHouseholdSchema,
  findHouseholdCandidatesSchema,
  householdMemberSchema,
  openHouseholdAvrCasesSchema,
  recordHouseholdDepartureSchema,
} from "@/lib/households/schemas";
import { setHouseholdHead } from "@/lib/households/set-household-head";
import { serverAction } from "@/lib/safe-action";

export const createHouseholdAction = serverAction({
  schema: createHouseholdSchema,
  permission: "beneficiary:write",
  handler: createHousehold,
});
export const addHouseholdMemberAction = serverAction({
  schema: addHouseholdMemberSchema,
  permission: "beneficiary:write",
  handler: addHouseholdMember,
});
export const removeHouseholdMemberAction = serverAction({
  schema: householdMemberSchema,
  permission: "beneficiary:write",
  handler: removeHouseholdMember,
});
export const setHouseholdHeadAction = serverAction({
  schema: householdMemberSchema,
  permission: "beneficiary:write",
  handler: setHouseholdHead,
});
export const findHouseholdCandidatesAction = serverAction({
  schema: findHouseholdCandidatesSchema,
  permission: "beneficiary:read",
  handler: findHouseholdCandidates,
});
export const openHouseholdAvrCasesAction = serverAction({
  schema: openHouseholdAvrCasesSchema,
  permission: "case:write",
  handler: openHouseholdAvrCases,
});
export const recordHouseholdDepartureAction = serverAction({
  schema: recordHouseholdDepartureSchema,
  permission: "case:write",
  handler: recordHouseholdDeparture,
});
