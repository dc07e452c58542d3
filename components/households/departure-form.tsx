"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { formatDay, today } from "@/lib/dates";
import { recordHouseholdDepartureAction } from "@/lib/households/actions";
import { recordHouseholdDepartureSchema } from "@/lib/households/schemas";

export type DepartingCase = { caseId: string; version: number; label: string };

// The departure once for the chosen members' AVR cases approved for return; each case
// carries the version read with the page, so a case changed meanwhile refuses the whole.
export function DepartureForm({
  householdId,
  cases,
}: {
  householdId: string;
  cases: DepartingCase[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const blank = () => ({
    householdId,
    departedOn: formatDay(today()),
    cases: cases.map(({ caseId, version }) => ({ caseId, version })),
    recordReturnTravel: true,
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: recordHouseholdDepartureSchema,
    action: recordHouseholdDepartureAction,
    defaultValues: blank(),
    onSuccess: (data) => {
      setNotice(t("household.departureRecorded", { count: data.cases.length }));
      router.refresh();
    },
  });
  // After the page refreshes, the list holds the cases still approved, at their versions.
  const casesKey = cases.map(({ caseId, version }) => `${caseId}:${version}`).join(",");
  useEffect(() => {
    form.setValue(
      "cases",
      casesKey
        ? casesKey.split(",").map((entry) => {
            const [caseId = "", version = "0"] = entry.split(":");
            return { caseId, version: Number(version) };
          })
        : [],
    );
  }, [casesKey, form]);
  if (cases.length === 0)
    return (
      <div className="space-y-2">
        <FormNotice message={notice} />
        <p className="text-sm text-slate-700">{t("household.noneApproved")}</p>
      </div>
    );
  const chosen = form.watch("cases") ?? [];
  const toggle = (kase: DepartingCase, isChecked: boolean) =>
    form.setValue(
      "cases",
      isChecked
        ? [...chosen, { caseId: kase.caseId, version: kase.version }]
        : chosen.filter((other) => other.caseId !== kase.caseId),
      { shouldValidate: form.formState.isSubmitted },
    );
  const isConflict = formError === t("errors.CONFLICT");
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("household.departure")}
    >
      <FormError message={formError} />
      {isConflict && (
        <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
          {t("caseForm.reload")}
        </Button>
      )}
      <FormNotice message={notice} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("household.departing")}</legend>
        <ul className="mt-2 space-y-1">
          {cases.map((kase) => (
            <li key={kase.caseId}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="departing-case"
                  value={kase.caseId}
                  checked={chosen.some((other) => other.caseId === kase.caseId)}
                  onChange={(event) => toggle(kase, event.target.checked)}
                />
                {kase.label}
              </label>
            </li>
          ))}
        </ul>
        {fieldError("cases") && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {fieldError("cases")}
          </p>
        )}
      </fieldset>
      <div className="max-w-xs">
        <Field
          id="household-departedOn"
          label={t("household.departedOnLabel")}
          error={fieldError("departedOn")}
        >
          <Input
            id="household-departedOn"
            type="date"
            invalid={!!fieldError("departedOn")}
            {...form.register("departedOn")}
          />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("recordReturnTravel")} />
        {t("household.recordReturnTravel")}
      </label>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("household.recordDeparture")}
      </Button>
    </form>
  );
}
