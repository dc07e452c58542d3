"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";

import { CaseCard } from "@/components/cases/case-card";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";
import type { CaseListRow } from "@/lib/cases/list-cases";
import { showDay } from "@/lib/i18n/format";

export function CaseTable({ rows, urlState }: { rows: CaseListRow[]; urlState: CaseListQuery }) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const columns: DataColumn<CaseListRow>[] = [
    {
      id: "ref",
      header: t("cases.ref"),
      accessorFn: (row) => row.ref,
      cell: ({ row }) => (
        <Link href={`/cases/${row.original.id}`} className="font-medium text-blue-700 underline">
          {row.original.ref}
        </Link>
      ),
    },
    {
      id: "name",
      header: t("cases.beneficiary"),
      accessorFn: (row) => row.familyName,
      cell: ({ row }) =>
        t("beneficiary.listName", {
          familyName: row.original.familyName,
          givenName: row.original.givenName,
        }),
    },
    {
      id: "kind",
      header: t("cases.kind"),
      accessorFn: (row) => row.kind,
      cell: ({ row }) => t(`vocabulary.CaseKind.${row.original.kind}`),
    },
    {
      id: "status",
      header: t("cases.status"),
      accessorFn: (row) => row.status,
      cell: ({ row }) => t(`vocabulary.CaseStatus.${row.original.status}`),
    },
    {
      id: "openedOn",
      header: t("cases.opened"),
      accessorFn: (row) => row.openedOn,
      sortDescFirst: true,
      cell: ({ row }) => showDay(format, row.original.openedOn),
    },
    {
      id: "sex",
      header: t("beneficiary.sex"),
      enableSorting: false,
      cell: ({ row }) => t(`vocabulary.Sex.${row.original.sex}`),
    },
    {
      id: "nationality",
      header: t("beneficiary.nationality"),
      enableSorting: false,
      cell: ({ row }) => row.original.nationality ?? "—",
    },
  ];
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption={t("caseList.title")}
      getRowId={(row) => row.id}
      cards={{ label: t("layout.caseListCards"), render: (row) => <CaseCard row={row} /> }}
      sorting={[{ id: urlState.sort, desc: urlState.dir === "desc" }]}
      onSortingChange={(sorting) => {
        const next = sorting[0];
        const sort = (next?.id ?? "openedOn") as CaseListQuery["sort"];
        router.push(
          caseListHref(urlState, { sort, dir: next && !next.desc ? "asc" : "desc", page: 1 }),
        );
      }}
    />
  );
}
