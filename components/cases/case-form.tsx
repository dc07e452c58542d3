"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";

import { CaseKindFields, type CaseFormValues } from "@/components/cases/case-kind-fields";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { openCaseAction, updateCaseAction } from "@/lib/cases/actions";
import { openCaseSchemas, updateCaseSchemas } from "@/lib/cases/schemas";
import type { CaseKind } from "@/lib/generated/prisma/enums";

export type ProjectOption = { id: string; code: string; title: string };
type Props = {
  kind: CaseKind;
  projects: ProjectOption[];
  initialValues: CaseFormValues;
  mode: "open" | "edit";
};

// One form for opening and editing a case; the kind decides the fields and the schema.
export function CaseForm({ kind, projects, initialValues, mode }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const schema = (mode === "open"
    ? openCaseSchemas[kind]
    : updateCaseSchemas[kind]) as unknown as z.ZodType<CaseFormValues, CaseFormValues>;
  const { form, submit, formError, fieldError } = useActionForm({
    schema,
    action: (values: CaseFormValues) =>
      mode === "open" ? openCaseAction(values) : updateCaseAction(values),
    defaultValues: initialValues,
    onSuccess: (data: { id: string; version?: number }) => {
      if (mode === "open") return router.push(`/cases/${data.id}`);
      if (data.version) form.setValue("version", data.version);
      setNotice(t("caseForm.saved"));
      router.refresh();
    },
  });
  const isConflict = formError === t("errors.CONFLICT");
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormError message={formError} />
      {isConflict && (
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          {t("caseForm.reload")}
        </Button>
      )}
      <FormNotice message={notice} />
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <Field id="case-projectId" label={t("cases.project")} error={fieldError("projectId")}>
          <Select
            id="case-projectId"
            invalid={!!fieldError("projectId")}
            {...form.register("projectId")}
          >
            <option value="">—</option>
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.code} · {project.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="case-openedOn" label={t("cases.opened")} error={fieldError("openedOn")}>
          <Input
            id="case-openedOn"
            type="date"
            invalid={!!fieldError("openedOn")}
            {...form.register("openedOn")}
          />
        </Field>
        <CaseKindFields kind={kind} form={form} fieldError={(name) => fieldError(name)} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {mode === "open"
          ? t("caseForm.open", { kind: t(`vocabulary.CaseKind.${kind}`) })
          : t("caseForm.save")}
      </Button>
    </form>
  );
}
