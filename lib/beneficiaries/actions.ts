"use server";

import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { registerBeneficiary } from "@/lib/beneficiaries/register-beneficiary";
import { serverAction } from "@/lib/safe-action";
import { duplicateCheckSchema, registerBeneficiarySchema } from "@/lib/validations/beneficiary";

export const findDuplicateBeneficiariesAction = serverAction({
  schema: duplicateCheckSchema,
  permission: "beneficiary:read",
  handler: findDuplicateBeneficiaries,
});
export const registerBeneficiaryAction = serverAction({
  schema: registerBeneficiarySchema,
  permission: "beneficiary:write",
  handler: registerBeneficiary,
});
