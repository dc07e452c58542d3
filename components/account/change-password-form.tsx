"use client";

import { useTranslations } from "next-intl";

import { signOutTo } from "@/components/auth/sign-out";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/users/actions";
import { changePasswordSchema } from "@/lib/users/schemas";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { form, submit, formError, fieldError } = useActionForm({
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    onSuccess: () => signOutTo("/sign-in"),
  });
  const field = (
    name: "currentPassword" | "newPassword" | "confirmPassword",
    autoComplete: string,
  ) => (
    <Field id={`account-${name}`} label={t(name)} error={fieldError(name)}>
      <Input
        id={`account-${name}`}
        type="password"
        autoComplete={autoComplete}
        invalid={!!fieldError(name)}
        {...form.register(name)}
      />
    </Field>
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("changePassword")}
      className="max-w-md space-y-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <p className="text-sm text-slate-600">{t("help")}</p>
      {field("currentPassword", "current-password")}
      {field("newPassword", "new-password")}
      {field("confirmPassword", "new-password")}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
