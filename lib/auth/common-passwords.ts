import "server-only";

import { dictionary } from "@zxcvbn-ts/language-common";

// About 49,000 of the most common passwords, shipped inside an npm package (no network).
// Server side only: the list is too large for the browser bundle.
const common = new Set(dictionary["passwords-common"].map((password) => password.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return common.has(password.toLowerCase());
}

// The rules a schema cannot hold on the client: not a common password, and not built
// from the account's own email name.
export function passwordProblem(
  password: string,
  email: string,
): "passwordTooCommon" | "passwordContainsEmail" | null {
  if (isCommonPassword(password) || isCommonPassword(password.replace(/[\d\W_]+$/, "")))
    return "passwordTooCommon";
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 4 && password.toLowerCase().includes(localPart))
    return "passwordContainsEmail";
  return null;
}
