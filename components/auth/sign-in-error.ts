import type { useFormatter, useTranslations } from "next-intl";

// Maps next-auth's error string (the message lib/auth/options.ts throws) to a message.
export function signInErrorMessage(
  t: ReturnType<typeof useTranslations>,
  format: ReturnType<typeof useFormatter>,
  error: string | null | undefined,
): string {
  const [, reason, seconds] = error?.match(/^(THROTTLED|LOCKED):(\d+)$/) ?? [];
  if (reason) {
    const minutes = Math.ceil(Number(seconds) / 60);
    const until = new Date(Date.now() + Number(seconds) * 1000);
    const time = format.dateTime(until, {
      hour: "2-digit",
      minute: "2-digit",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    return reason === "LOCKED"
      ? t("signIn.locked", { minutes, time })
      : t("signIn.throttled", { minutes });
  }
  if (error === "MFA_INVALID_CODE") return t("signIn.codeInvalid");
  if (error === "MFA_CHALLENGE_ENDED") return t("signIn.codeExpired");
  return t("signIn.invalid");
}
