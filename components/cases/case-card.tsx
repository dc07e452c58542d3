"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

import type { CaseListRow } from "@/lib/cases/list-cases";
import { showDay } from "@/lib/i18n/format";

// One case of the list on a phone: the person and the status first, the rest below. The
// whole card follows the reference's link.
export function CaseCard({ row }: { row: CaseListRow }) {
  const t = useTranslations();
  const format = useFormatter();
  const details = [
    t(`vocabulary.CaseKind.${row.kind}`),
    showDay(format, row.openedOn),
    t(`vocabulary.Sex.${row.sex}`),
    row.nationality,
  ].filter(Boolean);
  return (
    <article className="relative rounded-lg border border-slate-200 bg-white p-3 text-sm focus-within:ring-2 focus-within:ring-blue-700">
      <div className="flex items-baseline justify-between gap-2">
        <Link
          href={`/cases/${row.id}`}
          className="font-medium text-blue-700 underline after:absolute after:inset-0 focus:outline-none"
        >
          {row.ref}
        </Link>
        <span className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
          {t(`vocabulary.CaseStatus.${row.status}`)}
        </span>
      </div>
      <p className="mt-1 font-medium text-slate-900">
        {t("beneficiary.listName", { familyName: row.familyName, givenName: row.givenName })}
      </p>
      <p className="mt-1 text-slate-700">{details.join(" · ")}</p>
      <p className="mt-1 text-slate-700">
        {t("assignment.holder")}: {row.assigneeName ?? t("assignment.unassigned")}
      </p>
    </article>
  );
}
