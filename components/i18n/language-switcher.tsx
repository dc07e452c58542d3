"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { chooseLanguageAction, chooseVisitorLanguageAction } from "@/lib/i18n/actions";
import { isLocale, locales, nativeNameOf } from "@/lib/i18n/config";

// In the header of every page. A signed-in user's choice is saved on their account; a
// visitor's (sign-in, set-up) in a cookie.
export function LanguageSwitcher({
  signedIn,
  className,
}: {
  signedIn: boolean;
  className?: string;
}) {
  const t = useTranslations("localisation");
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  const choose = (value: string) => {
    if (!isLocale(value)) return;
    startTransition(async () => {
      const result = signedIn
        ? await chooseLanguageAction({ locale: value })
        : await chooseVisitorLanguageAction({ locale: value });
      setFailed(!result.ok);
      if (result.ok) router.refresh();
    });
  };
  return (
    <span className={className}>
      <select
        aria-label={t("switcherLabel")}
        data-testid="language-switcher"
        value={locale}
        disabled={isPending}
        onChange={(event) => choose(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900"
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {nativeNameOf(code)}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className="ms-2 text-sm">
          {t("changeFailed")}
        </span>
      )}
    </span>
  );
}
