"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { completeAccountSetupAction } from "@/lib/users/actions";
import { setUpPasswordSchema } from "@/lib/users/schemas";

export function SetUpPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations();
  const [isDone, setIsDone] = useState(false);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setUpPasswordSchema,
    action: completeAccountSetupAction,
    defaultValues: { token, newPassword: "", confirmPassword: "" },
    onSuccess: () => setIsDone(true),
  });
  if (isDone) {
    return (
      <div className="space-y-4 text-sm">
        <FormNotice message={t("setUp.done")} />
        <Link href="/sign-in" className="text-blue-700 underline">
          {t("setUp.toSignIn")}
        </Link>
      </div>
    );
  }
  const field = (name: "newPassword" | "confirmPassword") => (
    <Field id={`set-up-${name}`} label={t(`account.${name}`)} error={fieldError(name)}>
      <Input
        id={`set-up-${name}`}
        type="password"
        autoComplete="new-password"
        invalid={!!fieldError(name)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormError message={formError} />
      <p className="text-sm text-slate-600">{t("setUp.help", { email })}</p>
      <input type="hidden" {...form.register("token")} />
      {field("newPassword")}
      {field("confirmPassword")}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {t("setUp.submit")}
      </Button>
    </form>
  );
}
