"use client";

import {
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { useMemo } from "react";

import { ScrollRegion } from "@/components/ui/scroll-region";

const features = tableFeatures({ rowSortingFeature });
export type DataColumn<Row extends RowData> = ColumnDef<typeof features, Row>;

type Props<Row extends RowData> = {
  columns: DataColumn<Row>[];
  data: Row[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  caption: string;
  getRowId: (row: Row) => string;
  // Below `md` the rows show as these cards instead of the table's columns.
  cards?: { label: string; render: (row: Row) => React.ReactNode };
};

// The one data table: rows come sorted and paged from the server (manual sorting); the
// table turns header clicks into a new sort, which the caller puts in the URL.
export function DataTable<Row extends RowData>({
  columns,
  data,
  sorting,
  onSortingChange,
  caption,
  getRowId,
  cards,
}: Props<Row>) {
  const state = useMemo(() => ({ sorting }), [sorting]);
  const table = useTable({
    features,
    columns,
    data,
    getRowId,
    state,
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater) =>
      onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
  });
  return (
    <>
      {cards && (
        <ul aria-label={cards.label} className="space-y-2 md:hidden">
          {data.map((row) => (
            <li key={getRowId(row)}>{cards.render(row)}</li>
          ))}
        </ul>
      )}
      <ScrollRegion label={caption} className={cards ? "hidden md:block" : ""}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const ariaSort =
                    sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={header.column.getCanSort() ? ariaSort : undefined}
                      className="px-4 py-2 text-start font-medium text-slate-700"
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 hover:underline"
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-2 text-slate-800">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
