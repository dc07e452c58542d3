"use server";

import { serverAction } from "@/lib/safe-action";
import { changePassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import {
  changePasswordSchema,
  createUserSchema,
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
