"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";

import { signInErrorMessage } from "@/components/auth/sign-in-error";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { mfaCode } from "@/lib/auth/mfa/schemas";
import { translateValidation } from "@/lib/i18n/validation-message";

const codeSchema = z.object({ code: mfaCode });

// The second step: the challenge from the password step is in an HttpOnly cookie, so the
// form sends only the code.
export function SignInCodeForm({
  onSignedIn,
  onStartOver,
}: {
  onSignedIn: () => void;
  onStartOver: (message: string | null) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof codeSchema>,
    unknown,
    z.output<typeof codeSchema>
  >({ resolver: zodResolver(codeSchema) });

  const onSubmit = handleSubmit(async ({ code }) => {
    setError(null);
    const result = await signIn("mfa", { code, redirect: false });
    if (result?.ok && !result.error) return onSignedIn();
    const message = signInErrorMessage(t, format, result?.error);
    if (result?.error === "MFA_INVALID_CODE") return setError(message);
    onStartOver(message);
  });

  const codeError = formState.errors.code?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("signIn.codeTitle")}>
      <h2 className="text-base font-semibold">{t("signIn.codeTitle")}</h2>
      <FormError message={error} />
      <p className="text-sm text-slate-600">{t("signIn.codeHelp")}</p>
      <Field
        id="code"
        label={t("signIn.code")}
        error={codeError ? translateValidation(t, codeError) : undefined}
      >
        <Input
          id="code"
          autoComplete="one-time-code"
          autoFocus
          invalid={!!codeError}
          {...register("code")}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {t("signIn.codeSubmit")}
      </Button>
      <Button
        type="button"
        variant="secondary"
        className="w-full"
        onClick={() => onStartOver(null)}
      >
        {t("signIn.startOver")}
      </Button>
    </form>
  );
}
