"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { countryName } from "@/lib/geo/countries";
import { handOverCaseAction } from "@/lib/hand-over/actions";
import type { HandOverDestination } from "@/lib/hand-over/list-hand-over-destinations";
import { handOverCaseSchema } from "@/lib/hand-over/schemas";

type Props = { caseId: string; version: number; destinations: HandOverDestination[] };

export function HandOverForm({ caseId, version, destinations }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: handOverCaseSchema,
    action: handOverCaseAction,
    defaultValues: { caseId, version, projectId: "" },
    // The case now belongs to another office: this page would be a 404.
    onSuccess: () => router.push("/cases"),
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("dataProtection.handOver")}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <p className="text-sm text-slate-600">{t("dataProtection.handOverHint")}</p>
      <FormError message={formError} />
      <Field
        id="handover-projectId"
        label={t("dataProtection.destination")}
        error={fieldError("projectId")}
      >
        <Select
          id="handover-projectId"
          invalid={!!fieldError("projectId")}
          {...form.register("projectId")}
        >
          <option value="">{t("dataProtection.chooseDestination")}</option>
          {destinations.map((project) => (
            <option key={project.id} value={project.id}>
              {t("dataProtection.destinationOption", {
                officeCode: project.office.code,
                officeName: project.office.name,
                country: countryName(project.office.hostCountry, locale),
                projectCode: project.code,
                projectTitle: project.title,
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("dataProtection.handOverSubmit")}
      </Button>
    </form>
  );
}
