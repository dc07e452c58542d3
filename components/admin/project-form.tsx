"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { OfficeSelect, type OfficeOption } from "@/components/admin/user-form";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createProjectAction } from "@/lib/projects/actions";
import { createProjectSchema } from "@/lib/projects/schemas";

export function CreateProjectForm({ offices }: { offices: OfficeOption[] }) {
  const t = useTranslations("admin.projects");
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: createProjectSchema,
    action: createProjectAction,
    defaultValues: { code: "", title: "", officeId: "", startDate: "", endDate: "" },
    onSuccess: () => {
      form.reset();
      setNotice(t("created"));
    },
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div className="sm:col-span-3 space-y-2">
        <FormError message={formError} />
        <FormNotice message={notice} />
      </div>
      <Field id="project-code" label={t("code")} error={fieldError("code")}>
        <Input id="project-code" invalid={!!fieldError("code")} {...register("code")} />
      </Field>
      <Field id="project-title" label={t("projectTitle")} error={fieldError("title")}>
        <Input id="project-title" invalid={!!fieldError("title")} {...register("title")} />
      </Field>
      <Field id="project-office" label={t("office")} error={fieldError("officeId")}>
        <OfficeSelect
          id="project-office"
          offices={offices}
          allowNone="—"
          invalid={!!fieldError("officeId")}
          {...register("officeId")}
        />
      </Field>
      <Field id="project-start" label={t("startDate")} error={fieldError("startDate")}>
        <Input
          id="project-start"
          type="date"
          invalid={!!fieldError("startDate")}
          {...register("startDate")}
        />
      </Field>
      <Field id="project-end" label={t("endDate")} error={fieldError("endDate")}>
        <Input
          id="project-end"
          type="date"
          invalid={!!fieldError("endDate")}
          {...register("endDate")}
        />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
