"use server";

import {
  createOfficeAction,
  createProjectAction,
  createUserAction,
  resetUserPasswordAction,
  setSecondApprovalAction,
  unlockUserAction,
  updateDimensionWeightAction,
  updateIndicatorAction,
  updateUserAction,
} from "@/lib/admin/actions";
import { resetUserMfaAction } from "@/lib/auth/mfa/actions";
import { runAction } from "@/lib/safe-action";
import { setDisclosureThresholdAction } from "@/lib/settings/actions";

export async function createUser(input: unknown) {
  return runAction(createUserAction, input, { revalidate: "/admin/users" });
}

export async function updateUser(input: unknown) {
  return runAction(updateUserAction, input, { revalidate: "/admin/users" });
}

export async function resetUserMfa(input: unknown) {
  return runAction(resetUserMfaAction, input, { revalidate: "/admin/users" });
}

export async function resetUserPassword(input: unknown) {
  return runAction(resetUserPasswordAction, input, { revalidate: "/admin/users" });
}

export async function unlockUser(input: unknown) {
  return runAction(unlockUserAction, input, { revalidate: "/admin/users" });
}

export async function createOffice(input: unknown) {
  return runAction(createOfficeAction, input, { revalidate: "/admin/offices" });
}

export async function createProject(input: unknown) {
  return runAction(createProjectAction, input, { revalidate: "/admin/projects" });
}

export async function setSecondApproval(input: unknown) {
  return runAction(setSecondApprovalAction, input, { revalidate: "/admin/offices" });
}

export async function updateIndicator(input: unknown) {
  return runAction(updateIndicatorAction, input, { revalidate: "/admin/sustainability" });
}

export async function updateDimensionWeight(input: unknown) {
  return runAction(updateDimensionWeightAction, input, { revalidate: "/admin/sustainability" });
}

export async function setDisclosureThreshold(input: unknown) {
  return runAction(setDisclosureThresholdAction, input, { revalidate: "/admin/settings" });
}
