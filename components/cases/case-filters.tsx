"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { CountrySelect } from "@/components/forms/country-select";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { sealSearchAction } from "@/lib/cases/actions";
import type { CaseHolder } from "@/lib/cases/case-holders";
import {
  caseListQuerySchema,
  countFormFilters,
  drillDownKeys,
  type CaseListQuery,
} from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";
import { CaseKind, CaseStatus, Sex } from "@/lib/generated/prisma/enums";

// Submitting writes the filters into the URL (bookmarkable); the search text goes there
// sealed by the server, since it is often a person's name.
// `holder`: whose cases are shown (effectiveAssignee) and the role's default, which the
// URL leaves out.
export function CaseFilters({
  urlState,
  searchText,
  holder,
}: {
  urlState: CaseListQuery;
  searchText: string;
  holder: { userId: string; assignee: string; defaultAssignee: string; holders: CaseHolder[] };
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isExpanded, setExpanded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The fields are uncontrolled: empty them here, or the next "Apply" sends the old filters.
  const onClear = () => {
    for (const field of formRef.current?.querySelectorAll("input, select") ?? []) {
      const input = field as HTMLInputElement | HTMLSelectElement;
      if (input.type !== "hidden") input.value = "";
    }
    setError(null);
    router.push("/cases");
  };
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { q, ...values } = Object.fromEntries(new FormData(event.currentTarget)) as Record<
      string,
      string
    >;
    if (values.assignee === holder.defaultAssignee) delete values.assignee;
    const sealed = q?.trim() ? await sealSearchAction({ text: q }) : null;
    if (sealed && !sealed.ok) return setError(t(`errors.${sealed.error}`));
    const filters = caseListQuerySchema.parse({
      ...values,
      q: sealed?.data,
      sort: urlState.sort,
      dir: urlState.dir,
      size: urlState.size,
    });
    router.push(caseListHref(filters, { page: 1 }));
  };
  const vocabulary = (
    name: string,
    vocab: string,
    values: Record<string, string>,
    label: string,
    value?: string,
  ) => (
    <Field id={`filter-${name}`} label={label}>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t("caseList.any")}</option>
        {Object.values(values).map((option) => (
          <option key={option} value={option}>
            {t(`vocabulary.${vocab}.${option}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
  // On a phone the form is folded behind a button that counts the filters in force.
  const isOpen = isExpanded || error !== null;
  return (
    <div className="mb-4">
      <Button
        type="button"
        variant="secondary"
        aria-expanded={isOpen}
        aria-controls="case-filters"
        onClick={() => setExpanded(!isOpen)}
        className="w-full md:hidden"
      >
        {t("layout.filtersToggle", { count: countFormFilters(urlState, searchText) })}
      </Button>
      <form
        id="case-filters"
        ref={formRef}
        onSubmit={(event) => void onSubmit(event)}
        role="search"
        aria-label={t("caseList.filters")}
        className={`${isOpen ? "grid" : "hidden"} mt-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 md:mt-0 md:grid lg:grid-cols-4`}
      >
        <Field id="filter-q" label={t("caseList.search")}>
          <Input
            id="filter-q"
            name="q"
            type="search"
            enterKeyHint="search"
            autoComplete="off"
            defaultValue={searchText}
            placeholder={t("caseList.searchHint")}
          />
        </Field>
        <AssigneeField {...holder} />
        {vocabulary("kind", "CaseKind", CaseKind, t("cases.kind"), urlState.kind)}
        {vocabulary("status", "CaseStatus", CaseStatus, t("cases.status"), urlState.status)}
        {vocabulary("sex", "Sex", Sex, t("beneficiary.sex"), urlState.sex)}
        <Field id="filter-nationality" label={t("beneficiary.nationality")}>
          <CountrySelect
            id="filter-nationality"
            name="nationality"
            defaultValue={urlState.nationality ?? ""}
            placeholder={t("caseList.any")}
          />
        </Field>
        <Field id="filter-age" label={t("caseList.age")}>
          <Select id="filter-age" name="age" defaultValue={urlState.age ?? ""}>
            <option value="">{t("caseList.any")}</option>
            <option value="child">{t("caseList.child")}</option>
            <option value="adult">{t("caseList.adult")}</option>
          </Select>
        </Field>
        <Field id="filter-opened-from" label={t("caseList.openedFrom")}>
          <Input
            id="filter-opened-from"
            name="openedFrom"
            type="date"
            defaultValue={urlState.openedFrom ?? ""}
          />
        </Field>
        <Field id="filter-opened-to" label={t("caseList.openedTo")}>
          <Input
            id="filter-opened-to"
            name="openedTo"
            type="date"
            defaultValue={urlState.openedTo ?? ""}
          />
        </Field>
        {/* The annual report's drill-down filters are kept when other filters change. */}
        {drillDownKeys.map(
          (key) =>
            urlState[key] !== undefined && (
              <input key={key} type="hidden" name={key} value={String(urlState[key])} />
            ),
        )}
        {error && (
          <p role="alert" className="text-sm text-red-700 sm:col-span-2 lg:col-span-4">
            {error}
          </p>
        )}
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <Button type="submit">{t("caseList.apply")}</Button>
          <Button type="button" variant="secondary" onClick={onClear}>
            {t("caseList.clear")}
          </Button>
        </div>
      </form>
    </div>
  );
}

function AssigneeField({
  userId,
  assignee,
  holders,
}: {
  userId: string;
  assignee: string;
  holders: CaseHolder[];
}) {
  const t = useTranslations("assignment");
  const colleagues = holders.filter((holder) => holder.id !== userId);
  const isFormerHolder =
    ![userId, "all", "none"].includes(assignee) && !colleagues.some(({ id }) => id === assignee);
  return (
    <Field id="filter-assignee" label={t("holder")}>
      <Select id="filter-assignee" name="assignee" defaultValue={assignee}>
        <option value={userId}>{t("mine")}</option>
        <option value="all">{t("all")}</option>
        <option value="none">{t("none")}</option>
        {isFormerHolder && <option value={assignee}>{t("otherHolder")}</option>}
        {colleagues.length > 0 && (
          <optgroup label={t("colleagues")}>
            {colleagues.map((holder) => (
              <option key={holder.id} value={holder.id}>
                {holder.name}
              </option>
            ))}
          </optgroup>
        )}
      </Select>
    </Field>
  );
}
