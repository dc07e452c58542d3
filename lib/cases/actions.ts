import "server-only";

import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { registerBeneficiary } from "@/lib/beneficiaries/register-beneficiary";
import { addService } from "@/lib/cases/add-service";
import { sealSearchText } from "@/lib/cases/case-search-token";
import { changeCaseStatus } from "@/lib/cases/change-case-status";
import { openCase } from "@/lib/cases/open-case";
import { updateCase } from "@/lib/cases/update-case";
import { defineAction } from "@/lib/safe-action";
import { duplicateCheckSchema, registerBeneficiarySchema } from "@/lib/validations/beneficiary";
import { changeCaseStatusSchema, openCaseSchema, updateCaseSchema } from "@/lib/validations/case";
import { searchTextSchema } from "@/lib/validations/case-list";
import { addServiceSchema } from "@/lib/validations/service";

export const findDuplicatesAction = defineAction({
  schema: duplicateCheckSchema,
  permission: "beneficiary:read",
  handler: findDuplicateBeneficiaries,
});
export const registerBeneficiaryAction = defineAction({
  schema: registerBeneficiarySchema,
  permission: "beneficiary:write",
  handler: registerBeneficiary,
});
export const openCaseAction = defineAction({
  schema: openCaseSchema,
  permission: "case:write",
  handler: openCase,
});
export const updateCaseAction = defineAction({
  schema: updateCaseSchema,
  permission: "case:write",
  handler: updateCase,
});
export const changeCaseStatusAction = defineAction({
  schema: changeCaseStatusSchema,
  permission: "case:write",
  handler: changeCaseStatus,
});
export const sealSearchAction = defineAction({
  schema: searchTextSchema,
  permission: "case:read",
  handler: async (actor, input) => sealSearchText(input.text, actor.id),
});
export const addServiceAction = defineAction({
  schema: addServiceSchema,
  permission: "case:write",
  handler: addService,
});
