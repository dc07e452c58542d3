"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { SetupLinkNotice } from "@/components/admin/setup-link-notice";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createUserAction } from "@/lib/users/actions";
import { createUserSchema } from "@/lib/users/schemas";
import { ROLES } from "@/lib/vocabulary";

export type OfficeOption = { id: string; code: string; name: string };

export function OfficeSelect({
  id,
  offices,
  invalid,
  allowNone,
  ...props
}: React.ComponentProps<typeof Select> & { offices: OfficeOption[]; allowNone: string }) {
  return (
    <Select id={id} invalid={invalid} {...props}>
      <option value="">{allowNone}</option>
      {offices.map((office) => (
        <option key={office.id} value={office.id}>
          {office.code} · {office.name}
        </option>
      ))}
    </Select>
  );
}

export function CreateUserForm({ offices }: { offices: OfficeOption[] }) {
  const t = useTranslations();
  const [setupPath, setSetupPath] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: { name: "", email: "", role: "CASEWORKER", officeId: "" },
    onSuccess: (created) => {
      form.reset();
      setSetupPath(created.setupPath);
    },
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2 space-y-2">
        <FormError message={formError} />
        <FormNotice message={setupPath && t("admin.users.created")} />
        {setupPath && <SetupLinkNotice setupPath={setupPath} />}
      </div>
      <Field id="user-name" label={t("admin.users.name")} error={fieldError("name")}>
        <Input id="user-name" invalid={!!fieldError("name")} {...register("name")} />
      </Field>
      <Field id="user-email" label={t("admin.users.email")} error={fieldError("email")}>
        <Input
          id="user-email"
          type="email"
          autoComplete="off"
          invalid={!!fieldError("email")}
          {...register("email")}
        />
      </Field>
      <Field id="user-role" label={t("admin.users.role")} error={fieldError("role")}>
        <Select id="user-role" invalid={!!fieldError("role")} {...register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="user-office" label={t("admin.users.office")} error={fieldError("officeId")}>
        <OfficeSelect
          id="user-office"
          offices={offices}
          allowNone={t("admin.users.noOffice")}
          invalid={!!fieldError("officeId")}
          {...register("officeId")}
        />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("admin.users.create")}
        </Button>
      </div>
    </form>
  );
}
