"use server";
import { changePasswordAction } from "@/lib/users/actions";
import { runAction } from "@/lib/safe-action";

export async function changePassword(input: unknown) {
  return runAction(changePasswordAction, input);
}
