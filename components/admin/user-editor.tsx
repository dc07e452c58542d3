"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { OfficeSelect, type OfficeOption } from "@/components/admin/user-form";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Role } from "@/lib/generated/prisma/enums";
import { updateUserAction } from "@/lib/users/actions";
import { updateUserSchema } from "@/lib/users/schemas";
import { ROLES } from "@/lib/vocabulary";

type EditableUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string | null;
  isActive: boolean;
};

export function UserEditor({ user, offices }: { user: EditableUser; offices: OfficeOption[] }) {
  const t = useTranslations();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: updateUserSchema,
    action: updateUserAction,
    defaultValues: {
      userId: user.id,
      name: user.name,
      role: user.role,
      officeId: user.officeId ?? "",
      isActive: user.isActive,
    },
    onSuccess: () => setNotice(t("admin.users.saved")),
  });
  const { register, formState } = form;
  const id = (field: string) => `user-${user.id}-${field}`;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-3 p-2 sm:grid-cols-5"
      // Each user's form is a landmark: its name must tell it from the others on the page.
      aria-label={t("a11y.editUser", { email: user.email })}
    >
      <div className="sm:col-span-5 space-y-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id={id("name")} label={t("admin.users.name")} error={fieldError("name")}>
        <Input id={id("name")} invalid={!!fieldError("name")} {...register("name")} />
      </Field>
      <Field id={id("role")} label={t("admin.users.role")} error={fieldError("role")}>
        <Select id={id("role")} {...register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("office")} label={t("admin.users.office")} error={fieldError("officeId")}>
        <OfficeSelect
          id={id("office")}
          offices={offices}
          allowNone={t("admin.users.noOffice")}
          invalid={!!fieldError("officeId")}
          {...register("officeId")}
        />
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" {...register("isActive")} /> {t("admin.users.active")}
      </label>
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {t("admin.users.save")}
        </Button>
      </div>
    </form>
  );
}
