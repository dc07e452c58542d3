"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";

import { DataTable, type DataColumn } from "@/components/ui/data-table";
import {
  beneficiaryListHref,
  type BeneficiaryListUrlState,
} from "@/lib/beneficiaries/beneficiary-list-query";
import type { BeneficiaryListRow } from "@/lib/beneficiaries/list-beneficiaries";
import { countryName } from "@/lib/geo/countries";
import { showDay } from "@/lib/i18n/format";

function useCells() {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return {
    name: (row: BeneficiaryListRow) =>
      t("beneficiary.listName", { familyName: row.familyName, givenName: row.givenName }),
    born: (row: BeneficiaryListRow) =>
      row.birthDate
        ? `${showDay(format, row.birthDate)}${row.isBirthDateEstimated ? ` (${t("beneficiary.estimated")})` : ""}`
        : t("beneficiary.unknown"),
    nationality: (row: BeneficiaryListRow) =>
      row.nationality ? countryName(row.nationality, locale) : t("beneficiary.unknown"),
    cases: (row: BeneficiaryListRow) =>
      row.cases === 0 ? t("registry.noCase") : t("registry.caseCount", { count: row.cases }),
  };
}

// One person on a phone: the name first, the rest below; the whole card follows the link.
function BeneficiaryCard({ row }: { row: BeneficiaryListRow }) {
  const t = useTranslations();
  const cells = useCells();
  return (
    <article className="relative rounded-lg border border-slate-200 bg-white p-3 text-sm focus-within:ring-2 focus-within:ring-blue-700">
      <div className="flex items-baseline justify-between gap-2">
        <Link
          href={`/beneficiaries/${row.id}`}
          className="font-medium text-blue-700 underline after:absolute after:inset-0 focus:outline-none"
        >
          {cells.name(row)}
        </Link>
        <span className="shrink-0 text-xs text-slate-700">{row.ref}</span>
      </div>
      <p className="mt-1 text-slate-700">
        {[t(`vocabulary.Sex.${row.sex}`), cells.born(row), cells.nationality(row)].join(" · ")}
      </p>
      <p className="mt-1 text-slate-700">{cells.cases(row)}</p>
    </article>
  );
}

export function BeneficiaryTable({
  rows,
  urlState,
}: {
  rows: BeneficiaryListRow[];
  urlState: BeneficiaryListUrlState;
}) {
  const t = useTranslations();
  const router = useRouter();
  const cells = useCells();
  const columns: DataColumn<BeneficiaryListRow>[] = [
    {
      id: "name",
      header: t("registry.name"),
      accessorFn: (row) => row.familyName,
      cell: ({ row }) => (
        <Link
          href={`/beneficiaries/${row.original.id}`}
          className="font-medium text-blue-700 underline"
        >
          {cells.name(row.original)}
        </Link>
      ),
    },
    { id: "ref", header: t("cases.ref"), accessorFn: (row) => row.ref },
    {
      id: "sex",
      header: t("beneficiary.sex"),
      enableSorting: false,
      cell: ({ row }) => t(`vocabulary.Sex.${row.original.sex}`),
    },
    {
      id: "birthDate",
      header: t("beneficiary.birthDate"),
      enableSorting: false,
      cell: ({ row }) => cells.born(row.original),
    },
    {
      id: "nationality",
      header: t("beneficiary.nationality"),
      enableSorting: false,
      cell: ({ row }) => cells.nationality(row.original),
    },
    {
      id: "cases",
      header: t("beneficiary.cases"),
      enableSorting: false,
      cell: ({ row }) => cells.cases(row.original),
    },
  ];
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t("registry.title")}
      getRowId={(row) => row.id}
      cards={{ label: t("registry.cards"), render: (row) => <BeneficiaryCard row={row} /> }}
      sorting={[{ id: urlState.sort, desc: urlState.dir === "desc" }]}
      onSortingChange={(sorting) => {
        const next = sorting[0];
        const sort = next?.id === "ref" ? "ref" : "name";
        router.push(
          beneficiaryListHref(urlState, { sort, dir: next?.desc ? "desc" : "asc", page: 1 }),
        );
      }}
    />
  );
}
