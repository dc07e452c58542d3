"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { addHouseholdMemberAction, findHouseholdCandidatesAction } from "@/lib/households/actions";
import { addHouseholdMemberSchema } from "@/lib/households/schemas";
import { translateValidation } from "@/lib/i18n/validation-message";

type Candidate = { id: string; ref: string; givenName: string; familyName: string };

// The safe picker: the search text goes to the server by POST (never into a URL), which
// answers with at most ten people of the office who are in no household yet.
export function AddMemberForm({ householdId }: { householdId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [text, setText] = useState("");
  const [searchError, setSearchError] = useState<string | null>(null);
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isSearching, startSearch] = useTransition();
  const blank = () => ({
    householdId,
    beneficiaryId: "",
    relationship: "" as const,
    idempotencyKey: crypto.randomUUID(),
  });
  const { form, submit, formError, fieldError } = useActionForm({
    schema: addHouseholdMemberSchema,
    action: addHouseholdMemberAction,
    defaultValues: blank(),
    onSuccess: () => {
      setNotice(t("household.memberAdded"));
      setCandidates(null);
      setText("");
      form.reset(blank());
      router.refresh();
    },
  });
  const search = () =>
    startSearch(async () => {
      setSearchError(null);
      setNotice(null);
      const result = await findHouseholdCandidatesAction({ householdId, text }).catch(() => null);
      if (result?.ok) return setCandidates(result.data);
      const message = result?.fieldErrors?.text?.[0];
      setSearchError(
        message ? translateValidation(t, message) : t(`errors.${result?.error ?? "INTERNAL"}`),
      );
    });
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field
            id="household-search"
            label={t("household.search")}
            error={searchError ?? undefined}
          >
            <Input
              id="household-search"
              type="search"
              autoComplete="off"
              value={text}
              invalid={!!searchError}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== "Enter") return;
                event.preventDefault();
                search();
              }}
            />
          </Field>
        </div>
        <Button type="button" variant="secondary" disabled={isSearching} onClick={search}>
          {t("household.searchButton")}
        </Button>
      </div>
      <FormNotice message={notice} />
      {candidates && candidates.length === 0 && (
        <p className="text-sm text-slate-700">{t("household.noCandidates")}</p>
      )}
      {candidates && candidates.length > 0 && (
        <form onSubmit={submit} noValidate className="space-y-3">
          <FormError message={formError} />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">
              {t("household.candidates")}
            </legend>
            <ul className="mt-2 space-y-1">
              {candidates.map((candidate) => (
                <li key={candidate.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="radio" value={candidate.id} {...form.register("beneficiaryId")} />
                    {candidate.ref} ·{" "}
                    {t("household.fullName", {
                      givenName: candidate.givenName,
                      familyName: candidate.familyName,
                    })}
                  </label>
                </li>
              ))}
            </ul>
            {fieldError("beneficiaryId") && (
              <p role="alert" className="mt-1 text-sm text-red-700">
                {fieldError("beneficiaryId")}
              </p>
            )}
          </fieldset>
          <div className="max-w-xs">
            <Field
              id="household-relationship"
              label={t("household.relationshipToHead")}
              error={fieldError("relationship")}
            >
              <Select id="household-relationship" {...form.register("relationship")}>
                <option value="">{t("household.notStated")}</option>
                {Object.values(HouseholdRelationship).map((value) => (
                  <option key={value} value={value}>
                    {t(`household.relationship.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("household.add")}
          </Button>
        </form>
      )}
    </div>
  );
}
