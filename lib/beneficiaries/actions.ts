"use server";

import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { mergeBeneficiaries } from "@/lib/beneficiaries/merge-beneficiaries";
import { registerBeneficiary } from "@/lib/beneficiaries/register-beneficiary";
import {
  findDuplicateBeneficiariesSchema,
  mergeBeneficiariesSchema,
  registerBeneficiarySchema,
  sealBeneficiarySearchSchema,
  updateBeneficiarySchema,
} from "@/lib/beneficiaries/schemas";
import { sealBeneficiarySearchInput } from "@/lib/beneficiaries/seal-beneficiary-search";
import { updateBeneficiary } from "@/lib/beneficiaries/update-beneficiary";
import { serverAction } from "@/lib/safe-action";

export const findDuplicateBeneficiariesAction = serverAction({
  schema: findDuplicateBeneficiariesSchema,
  permission: "beneficiary:read",
  handler: findDuplicateBeneficiaries,
});
export const registerBeneficiaryAction = serverAction({
  schema: registerBeneficiarySchema,
  permission: "beneficiary:write",
  handler: registerBeneficiary,
});
export const updateBeneficiaryAction = serverAction({
  schema: updateBeneficiarySchema,
  permission: "beneficiary:write",
  handler: updateBeneficiary,
});
export const mergeBeneficiariesAction = serverAction({
  schema: mergeBeneficiariesSchema,
  permission: "beneficiary:merge",
  handler: mergeBeneficiaries,
});
export const sealBeneficiarySearchAction = serverAction({
  schema: sealBeneficiarySearchSchema,
  permission: "beneficiary:read",
  handler: sealBeneficiarySearchInput,
});
