"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { CaseCard } from "@/components/cases/case-card";
import { ReassignControl } from "@/components/cases/reassign-control";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { CaseHolder } from "@/lib/cases/case-holders";
import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";
import type { CaseListRow } from "@/lib/cases/list-cases";
import { showDay } from "@/lib/i18n/format";

// `holders`: given to supervisors, who may select cases of the page (checkboxes) and
// reassign them at once.
export function CaseTable({
  rows,
  urlState,
  holders,
}: {
  rows: CaseListRow[];
  urlState: CaseListQuery;
  holders?: CaseHolder[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // Only rows of this page count: after a refresh a case may have left the list.
  const selected = rows.filter((row) => selectedIds.has(row.id));
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
    {
      id: "assignee",
      header: t("assignment.holder"),
      enableSorting: false,
      cell: ({ row }) => row.original.assigneeName ?? t("assignment.unassigned"),
    },
  ];
  if (holders) columns.unshift(selectColumn(rows, selectedIds, setSelectedIds, t));
  const table = (
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
  if (!holders) return table;
  return (
    <>
      <section
        aria-label={t("assignment.bulk")}
        className="mb-3 hidden space-y-2 rounded-lg border border-slate-200 bg-white p-3 md:block"
      >
        <p role="status" className="text-sm text-slate-700">
          {t("assignment.selected", { count: selected.length })}
        </p>
        <ReassignControl
          id="bulk-reassign"
          cases={selected.map((row) => ({ caseId: row.id, version: row.version }))}
          holders={holders}
          onReassigned={() => setSelectedIds(new Set())}
        />
      </section>
      {table}
    </>
  );
}

type Translate = ReturnType<typeof useTranslations>;
type SetSelected = (update: (ids: ReadonlySet<string>) => ReadonlySet<string>) => void;

// A checkbox per row and one in the header for the whole page; native inputs, so Tab and
// Space work as everywhere else.
function selectColumn(
  rows: CaseListRow[],
  selectedIds: ReadonlySet<string>,
  setSelectedIds: SetSelected,
  t: Translate,
): DataColumn<CaseListRow> {
  const selectedCount = rows.filter((row) => selectedIds.has(row.id)).length;
  const isAll = rows.length > 0 && selectedCount === rows.length;
  const toggle = (id: string, isOn: boolean) =>
    setSelectedIds((ids) => {
      const next = new Set(ids);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  return {
    id: "select",
    enableSorting: false,
    header: () => (
      <>
        <span className="sr-only">{t("assignment.select")}</span>
        <input
          type="checkbox"
          aria-label={t("assignment.selectAll")}
          checked={isAll}
          ref={(box) => {
            if (box) box.indeterminate = selectedCount > 0 && !isAll;
          }}
          onChange={(event) =>
            setSelectedIds(() => new Set(event.target.checked ? rows.map((row) => row.id) : []))
          }
          className="h-4 w-4"
        />
      </>
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={t("assignment.selectCase", { ref: row.original.ref })}
        checked={selectedIds.has(row.original.id)}
        onChange={(event) => toggle(row.original.id, event.target.checked)}
        className="h-4 w-4"
      />
    ),
  };
}
