"use server";

import { findDuplicatesAction, registerBeneficiaryAction } from "@/lib/cases/actions";
import { runAction } from "@/lib/safe-action";

export async function findDuplicates(input: unknown) {
  return runAction(findDuplicatesAction, input);
}

export async function registerBeneficiary(input: unknown) {
  return runAction(registerBeneficiaryAction, input);
}
