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

// `openCases` and `successors`: a field user holding open cases names who takes them over
// before leaving the office's field work (counts only: an admin never sees the cases).
export function UserEditor({
  user,
  offices,
  openCases = 0,
  successors = [],
}: {
  user: EditableUser;
  offices: OfficeOption[];
  openCases?: number;
  successors?: { id: string; name: string }[];
}) {
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
      successorId: "",
    },
    onSuccess: ({ handedOff }) =>
      setNotice(
        handedOff > 0 ? t("assignment.handedOff", { count: handedOff }) : t("admin.users.saved"),
      ),
  });
  const { register, formState, watch } = form;
  const [role, officeId, isActive] = watch(["role", "officeId", "isActive"]);
  const isLeaving =
    openCases > 0 &&
    (!isActive ||
      !["CASEWORKER", "SUPERVISOR"].includes(role) ||
      officeId !== (user.officeId ?? ""));
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
      {(isLeaving || fieldError("successorId")) && (
        <div className="sm:col-span-5">
          <p className="text-sm text-slate-700">{t("assignment.successorHelp")}</p>
          <Field
            id={id("successor")}
            label={t("assignment.successor", { count: openCases })}
            error={fieldError("successorId")}
          >
            <Select
              id={id("successor")}
              invalid={!!fieldError("successorId")}
              {...register("successorId")}
            >
              <option value="">{t("assignment.chooseSuccessor")}</option>
              {successors.map((successor) => (
                <option key={successor.id} value={successor.id}>
                  {successor.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {t("admin.users.save")}
        </Button>
      </div>
    </form>
  );
}
