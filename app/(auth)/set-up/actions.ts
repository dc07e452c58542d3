"use server";

import { runPublicAction } from "@/lib/safe-action";
import { completeAccountSetup } from "@/lib/users/complete-account-setup";
import { setUpPasswordSchema } from "@/lib/validations/account";

// Public: whoever holds the link is the user it was made for; the token is the credential.
export async function setUpPassword(input: unknown) {
  return runPublicAction(setUpPasswordSchema, input, completeAccountSetup);
}
