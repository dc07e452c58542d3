"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { CountrySelect } from "@/components/forms/country-select";
import { caseListHref } from "@/lib/cases/case-list-url";
import { CaseKind, CaseStatus, Sex } from "@/lib/generated/prisma/enums";
import { caseListQuerySchema, type CaseListQuery } from "@/lib/validations/case-list";

// A plain GET-style form: submitting writes the filters into the URL (bookmarkable).
export function CaseFilters({ query }: { query: CaseListQuery }) {
  const t = useTranslations();
  const router = useRouter();
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const filters = caseListQuerySchema.parse({ ...values, sort: query.sort, dir: query.dir, size: query.size });
    router.push(caseListHref(filters, { page: 1 }));
  };
  const vocabulary = (name: string, vocab: string, values: Record<string, string>, label: string, value?: string) => (
    <Field id={`filter-${name}`} label={label}>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t("caseList.any")}</option>
        {Object.values(values).map((option) => (
          <option key={option} value={option}>{t(`vocab.${vocab}.${option}`)}</option>
        ))}
      </Select>
    </Field>
  );
  return (
    <form onSubmit={onSubmit} role="search" aria-label={t("caseList.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Field id="filter-q" label={t("caseList.search")}>
        <Input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("caseList.searchHint")} />
      </Field>
      {vocabulary("kind", "CaseKind", CaseKind, t("cases.kind"), query.kind)}
      {vocabulary("status", "CaseStatus", CaseStatus, t("cases.status"), query.status)}
      {vocabulary("sex", "Sex", Sex, t("beneficiary.sex"), query.sex)}
      <Field id="filter-nationality" label={t("beneficiary.nationality")}>
        <CountrySelect id="filter-nationality" name="nationality" defaultValue={query.nationality ?? ""} placeholder={t("caseList.any")} />
      </Field>
      <Field id="filter-age" label={t("caseList.age")}>
        <Select id="filter-age" name="age" defaultValue={query.age ?? ""}>
          <option value="">{t("caseList.any")}</option>
          <option value="child">{t("caseList.child")}</option>
          <option value="adult">{t("caseList.adult")}</option>
        </Select>
      </Field>
      <Field id="filter-opened-from" label={t("caseList.openedFrom")}>
        <Input id="filter-opened-from" name="openedFrom" type="date" defaultValue={query.openedFrom ?? ""} />
      </Field>
      <Field id="filter-opened-to" label={t("caseList.openedTo")}>
        <Input id="filter-opened-to" name="openedTo" type="date" defaultValue={query.openedTo ?? ""} />
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t("caseList.apply")}</Button>
        <Button type="button" variant="secondary" onClick={() => router.push("/cases")}>{t("caseList.clear")}</Button>
      </div>
    </form>
  );
}
