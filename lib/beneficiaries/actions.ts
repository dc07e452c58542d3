"use server";

import { findDuplicateBeneficiaries } from "@/lib/beneficiaries/find-duplicate-beneficiaries";
import { registerBeneficiary } from "@/lib/beneficiaries/register-beneficiary";
import {
  findDuplicateBeneficiariesSchema,
  registerBeneficiarySchema,
} from "@/lib/beneficiaries/schemas";
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
