import type { ReactNode } from "react";

import { ScrollRegion } from "@/components/ui/scroll-region";

// Small read-only tables; the paginated case list uses the TanStack data table instead.
export function SimpleTable({
  headers,
  rows,
  caption,
  className,
}: {
  headers: string[];
  rows: ReactNode[][];
  caption: string;
  className?: string;
}) {
  return (
    <ScrollRegion label={caption} className={className}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((header) => (
              <th
                key={header}
                scope="col"
                className="px-4 py-2 text-start font-medium text-slate-700"
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((cells, index) => (
            <tr key={index}>
              {cells.map((cell, cellIndex) => (
                <td key={cellIndex} className="px-4 py-2 text-slate-800">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
