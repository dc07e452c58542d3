import "server-only";

import { defineAction } from "@/lib/safe-action";
import { changePassword } from "@/lib/users/change-password";
import { changePasswordSchema } from "@/lib/validations/account";

export const changePasswordAction = defineAction({
  schema: changePasswordSchema,
  permission: "account:manage-own",
  handler: changePassword,
});
