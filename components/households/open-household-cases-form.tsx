"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { z } from "zod";

import type { ProjectOption } from "@/components/cases/case-form";
import { CaseKindFields, type CaseFormValues } from "@/components/cases/case-kind-fields";
import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { formatDay, today } from "@/lib/dates";
import { openHouseholdAvrCasesAction } from "@/lib/households/actions";
import { openHouseholdAvrCasesSchema } from "@/lib/households/schemas";

export type MemberChoice = { beneficiaryId: string; label: string; openCaseRef: string | null };
type Props = { householdId: string; members: MemberChoice[]; projects: ProjectOption[] };

// The AVR fields once, and a checkbox per member: one case per person is opened. A member
// who already has an open AVR case cannot be chosen (the server refuses it too).
export function OpenHouseholdCasesForm({ householdId, members, projects }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const choosable = members.filter((member) => !member.openCaseRef);
  const running = projects.length === 1 ? projects[0]!.id : "";
  const blank = (): CaseFormValues => ({
    kind: "AVR",
    householdId,
    beneficiaryIds: choosable.map((member) => member.beneficiaryId),
    projectId: running,
    openedOn: formatDay(today()),
    idempotencyKey: crypto.randomUUID(),
    migrantCategory: "",
    returnCountry: "",
    plannedDepartureOn: "",
    travelDetails: "",
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: openHouseholdAvrCasesSchema as unknown as z.ZodType<CaseFormValues, CaseFormValues>,
    action: (values: CaseFormValues) => openHouseholdAvrCasesAction(values),
    defaultValues: blank(),
    onSuccess: (data: { cases: unknown[] }) => {
      setNotice(t("household.casesOpened", { count: data.cases.length }));
      form.reset(blank());
      router.refresh();
    },
  });
  // After the page refreshes, members who now have an open case are no longer choosable.
  const choosableKey = choosable.map((member) => member.beneficiaryId).join(",");
  useEffect(() => {
    form.setValue("beneficiaryIds", choosableKey ? choosableKey.split(",") : []);
  }, [choosableKey, form]);
  const chosen = (form.watch("beneficiaryIds") as string[] | null) ?? [];
  const toggle = (id: string, isChecked: boolean) =>
    form.setValue(
      "beneficiaryIds",
      isChecked ? [...chosen, id] : chosen.filter((other) => other !== id),
      { shouldValidate: form.formState.isSubmitted },
    );
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("household.openCases")}>
      <FormError message={formError} />
      <FormNotice message={notice} />
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">
          {t("household.openFor")}
        </legend>
        <ul className="space-y-1">
          {members.map((member) => (
            <li key={member.beneficiaryId}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="open-member"
                  value={member.beneficiaryId}
                  disabled={!!member.openCaseRef}
                  checked={chosen.includes(member.beneficiaryId)}
                  onChange={(event) => toggle(member.beneficiaryId, event.target.checked)}
                />
                {member.label}
                {member.openCaseRef &&
                  ` (${t("household.hasOpenCase", { ref: member.openCaseRef })})`}
              </label>
            </li>
          ))}
        </ul>
        {fieldError("beneficiaryIds") && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {fieldError("beneficiaryIds")}
          </p>
        )}
      </fieldset>
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
        <CaseKindFields kind="AVR" form={form} fieldError={(name) => fieldError(name)} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting || choosable.length === 0}>
        {t("household.openCasesButton")}
      </Button>
    </form>
  );
}
