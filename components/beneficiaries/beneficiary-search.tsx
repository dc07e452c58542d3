"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { CountrySelect } from "@/components/forms/country-select";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { sealBeneficiarySearchAction } from "@/lib/beneficiaries/actions";
import {
  beneficiaryListHref,
  beneficiaryListQuerySchema,
  type BeneficiaryListUrlState,
  type BeneficiarySearch,
} from "@/lib/beneficiaries/beneficiary-list-query";

// Submitting writes the search into the URL (bookmarkable for its author). The name or
// reference and the birth date go there sealed by the server; the nationality in clear, as
// on the case list.
export function BeneficiarySearchForm({
  urlState,
  search,
}: {
  urlState: BeneficiaryListUrlState;
  search: BeneficiarySearch | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const text = values.text?.trim() ?? "";
    const birthDate = values.birthDate ?? "";
    const sealed =
      text || birthDate ? await sealBeneficiarySearchAction({ text, birthDate }) : null;
    if (sealed && !sealed.ok) return setError(t(`errors.${sealed.error}`));
    setError(null);
    const state = beneficiaryListQuerySchema.parse({
      q: sealed?.data,
      nationality: values.nationality,
      sort: urlState.sort,
      dir: urlState.dir,
      size: urlState.size,
    });
    router.push(beneficiaryListHref(state, { page: 1 }));
  };
  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      role="search"
      aria-label={t("registry.searchLabel")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <Field id="registry-text" label={t("registry.searchText")}>
        <Input
          id="registry-text"
          name="text"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          defaultValue={search?.text ?? ""}
          placeholder={t("registry.searchHint")}
        />
      </Field>
      <Field id="registry-birthDate" label={t("beneficiary.birthDate")}>
        <Input
          id="registry-birthDate"
          name="birthDate"
          type="date"
          defaultValue={search?.birthDate ?? ""}
        />
      </Field>
      <Field id="registry-nationality" label={t("beneficiary.nationality")}>
        <CountrySelect
          id="registry-nationality"
          name="nationality"
          defaultValue={urlState.nationality ?? ""}
          placeholder={t("caseList.any")}
        />
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {error}
        </p>
      )}
      <div className="flex items-end gap-2 sm:col-span-3">
        <Button type="submit">{t("registry.searchButton")}</Button>
        <Button type="button" variant="secondary" onClick={() => router.push("/beneficiaries")}>
          {t("caseList.clear")}
        </Button>
      </div>
    </form>
  );
}
