import "server-only";

import { createOffice } from "@/lib/offices/manage-offices";
import { setSecondApprovalThreshold } from "@/lib/offices/set-second-approval-threshold";
import { createProject } from "@/lib/projects/manage-projects";
import { defineAction } from "@/lib/safe-action";
import { updateDimensionWeight, updateIndicator } from "@/lib/sustainability/manage-indicators";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateUser } from "@/lib/users/update-user";
import { updateDimensionWeightSchema, updateIndicatorSchema } from "@/lib/validations/monitoring";
import {
  createOfficeSchema,
  createProjectSchema,
  setSecondApprovalSchema,
} from "@/lib/validations/office";
import {
  createUserSchema,
  resetUserPasswordSchema,
  unlockUserSchema,
  updateUserSchema,
} from "@/lib/validations/user";

// Action definitions: the schema the form uses, the permission, the domain function.
export const createUserAction = defineAction({
  schema: createUserSchema,
  permission: "user:manage",
  handler: createUser,
});
export const updateUserAction = defineAction({
  schema: updateUserSchema,
  permission: "user:manage",
  handler: updateUser,
});
export const resetUserPasswordAction = defineAction({
  schema: resetUserPasswordSchema,
  permission: "user:manage",
  handler: resetUserPassword,
});
export const unlockUserAction = defineAction({
  schema: unlockUserSchema,
  permission: "user:manage",
  handler: unlockUser,
});
export const createOfficeAction = defineAction({
  schema: createOfficeSchema,
  permission: "office:manage",
  handler: createOffice,
});
export const createProjectAction = defineAction({
  schema: createProjectSchema,
  permission: "project:manage",
  handler: createProject,
});
export const setSecondApprovalAction = defineAction({
  schema: setSecondApprovalSchema,
  permission: "office:manage",
  handler: setSecondApprovalThreshold,
});
export const updateIndicatorAction = defineAction({
  schema: updateIndicatorSchema,
  permission: "office:manage",
  handler: updateIndicator,
});
export const updateDimensionWeightAction = defineAction({
  schema: updateDimensionWeightSchema,
  permission: "office:manage",
  handler: updateDimensionWeight,
});
