"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { SignInCodeForm } from "@/components/auth/sign-in-code-form";
import { signInErrorMessage } from "@/components/auth/sign-in-error";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { translateValidation } from "@/lib/i18n/validation-message";

export function SignInForm() {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isCodeStep, setIsCodeStep] = useState(false);
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
  });

  const onSignedIn = () => {
    // Only pages of this app: an open redirect would let a phishing link bounce through us.
    router.replace(safeCallbackPath(searchParams.get("callbackUrl"), window.location.origin));
    router.refresh();
  };

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) return onSignedIn();
    if (result?.error === "MFA_REQUIRED") return setIsCodeStep(true);
    setError(signInErrorMessage(t, format, result?.error));
  });

  if (isCodeStep) {
    return (
      <SignInCodeForm
        onSignedIn={onSignedIn}
        onStartOver={(message) => {
          setIsCodeStep(false);
          setError(message);
        }}
      />
    );
  }

  const fieldMessage = (message?: string) =>
    message ? translateValidation(t, message) : undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={error} />
      <Field
        id="email"
        label={t("signIn.email")}
        error={fieldMessage(formState.errors.email?.message)}
      >
        <Input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          invalid={!!formState.errors.email}
          {...register("email")}
        />
      </Field>
      <Field
        id="password"
        label={t("signIn.password")}
        error={fieldMessage(formState.errors.password?.message)}
      >
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          invalid={!!formState.errors.password}
          {...register("password")}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
