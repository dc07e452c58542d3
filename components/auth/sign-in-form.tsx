"use client";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { signInSchema, type SignInInput } from "@/lib/validations/auth";

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

export function SignInForm() {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      const target = searchParams.get("callbackUrl");
      // Only same-site paths: an open redirect would let a phishing link bounce through us.
      router.replace(target?.startsWith("/") && !target.startsWith("//") ? target : "/");
      router.refresh();
      return;
    }
    const [, reason, seconds] = result?.error?.match(/^(THROTTLED|LOCKED):(\d+)$/) ?? [];
    if (!reason) return setError(t("signIn.invalid"));
    const minutes = Math.ceil(Number(seconds) / 60);
    const time = format.dateTime(secondsFromNow(Number(seconds)), { hour: "2-digit", minute: "2-digit", timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    setError(reason === "LOCKED" ? t("signIn.locked", { minutes, time }) : t("signIn.throttled", { minutes }));
  });

  const fieldMessage = (message?: string) => (message ? t(`validation.${message}`) : undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={error} />
      <Field id="email" label={t("signIn.email")} error={fieldMessage(formState.errors.email?.message)}>
        <Input id="email" type="email" autoComplete="username" autoFocus invalid={!!formState.errors.email} {...register("email")} />
      </Field>
      <Field id="password" label={t("signIn.password")} error={fieldMessage(formState.errors.password?.message)}>
        <Input id="password" type="password" autoComplete="current-password" invalid={!!formState.errors.password} {...register("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
