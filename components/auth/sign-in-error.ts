import type { useTranslations } from "next-intl";

// Maps next-auth's error string (the message lib/auth/options.ts throws) to a message.
export function signInErrorMessage(t: ReturnType<typeof useTranslations>, error: string | null | undefined): string {
  const seconds = Number(error?.match(/^THROTTLED:(\d+)$/)?.[1] ?? 0);
  if (seconds > 0) return t("signIn.throttled", { minutes: Math.ceil(seconds / 60) });
  if (error === "MFA_INVALID_CODE") return t("signIn.codeInvalid");
  if (error === "MFA_CHALLENGE_ENDED") return t("signIn.codeExpired");
  return t("signIn.invalid");
}
