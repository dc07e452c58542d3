"use server";

import { publicAction, serverAction } from "@/lib/safe-action";
import { changePassword } from "@/lib/users/change-password";
import { completeAccountSetup } from "@/lib/users/complete-account-setup";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import {
  changePasswordSchema,
  createUserSchema,
  resetUserPasswordSchema,
  setUpPasswordSchema,
  unlockUserSchema,
  updateUserSchema,
} from "@/lib/users/schemas";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateUser } from "@/lib/users/update-user";

export const createUserAction = serverAction({
  schema: createUserSchema,
  permission: "user:manage",
  handler: createUser,
  revalidate: "/admin/users",
});
export const updateUserAction = serverAction({
  schema: updateUserSchema,
  permission: "user:manage",
  handler: updateUser,
  revalidate: "/admin/users",
});
export const resetUserPasswordAction = serverAction({
  schema: resetUserPasswordSchema,
  permission: "user:manage",
  handler: resetUserPassword,
  revalidate: "/admin/users",
});
export const unlockUserAction = serverAction({
  schema: unlockUserSchema,
  permission: "user:manage",
  handler: unlockUser,
  revalidate: "/admin/users",
});
export const changePasswordAction = serverAction({
  schema: changePasswordSchema,
  permission: "account:manage-own",
  handler: changePassword,
});

// Public: whoever holds the set-up link is the user it was made for; the token in the
// input is the credential, so there is no session, actor or permission to check.
export const completeAccountSetupAction = publicAction({
  schema: setUpPasswordSchema,
  handler: completeAccountSetup,
});
