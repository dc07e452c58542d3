"use server";

import { runAction } from "@/lib/safe-action";
import { changePasswordAction } from "@/lib/users/actions";

export async function changePassword(input: unknown) {
  return runAction(changePasswordAction, input);
}
