"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { setWorklistSettingsAction } from "@/lib/worklist/actions";
import { setWorklistSettingsSchema, type SetWorklistSettingsInput } from "@/lib/worklist/schemas";

// An office's worklist settings, in a cell of the admin's office table.
export function WorklistSettingsForm({
  office,
  initialValues,
}: {
  office: string;
  initialValues: SetWorklistSettingsInput;
}) {
  const t = useTranslations("worklist.settings");
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: setWorklistSettingsSchema,
    action: setWorklistSettingsAction,
    defaultValues: initialValues,
    onSuccess: () => setNotice(t("saved")),
  });
  const error =
    formError ??
    fieldError("monitoringMonths") ??
    fieldError("surveyMonths") ??
    fieldError("inactivityDays") ??
    null;
  return (
    <form
      onSubmit={(event) => {
        setNotice(null);
        return submit(event);
      }}
      noValidate
      aria-label={t("formFor", { office })}
      className="flex flex-wrap items-center gap-2"
    >
      <FormError message={error} />
      <FormNotice message={notice} />
      <Input
        id={`worklist-months-${office}`}
        aria-label={t("monitoringMonths", { office })}
        {...form.register("monitoringMonths")}
      />
      <Input
        id={`worklist-survey-${office}`}
        aria-label={t("surveyMonths", { office })}
        inputMode="numeric"
        {...form.register("surveyMonths")}
      />
      <Input
        id={`worklist-idle-${office}`}
        aria-label={t("inactivityDays", { office })}
        inputMode="numeric"
        {...form.register("inactivityDays")}
      />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
