import { renderBarChart } from "./bar-chart-svg";
import { escapeHtml } from "./escape-html";
import type { Breakdown, Change, PublicationRow, Translate } from "./publication-figures";

export const MAX_BARS = 12;

type Options = { t: Translate; locale: string; dir: "ltr" | "rtl"; year: number };

// Tables and charts of published figures beside the year before. Every number sits in a
// <bdi>, so it reads left to right on a right-to-left page; a change, which has words, reads
// in the page's direction.
export function figureRenderer({ t, locale, dir, year }: Options) {
  const number = new Intl.NumberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { signDisplay: "exceptZero" });
  const years: [string, string] = [String(year), String(year - 1)];

  const value = (cell: PublicationRow["current"] | undefined, isText = false) =>
    isText && typeof cell === "string"
      ? escapeHtml(cell)
      : cell === undefined
        ? `<span class="not-published">${escapeHtml(t("notPublished"))}</span>`
        : cell === null
          ? "–"
          : typeof cell === "number"
            ? number.format(cell)
            : `<span class="hidden-cell">${escapeHtml(cell)}</span>`;
  // A change reads in the page's direction ("-1 نقطة": the number first, from the right),
  // each number in it kept left to right by an isolate (LRI…PDI).
  const isolate = (text: string) => (dir === "rtl" ? `\u2066${text}\u2069` : text);
  const changeText = (change: Change) => {
    if (change.kind === "hidden") return t("change.hidden");
    if (change.kind === "none") return t("change.none");
    const difference = isolate(signed.format(change.difference));
    if (change.kind === "points")
      return t("change.points", { difference, count: Math.abs(change.difference) });
    return change.pct === null
      ? t("change.countNoPct", { difference })
      : t("change.count", { difference, pct: isolate(signed.format(change.pct)) });
  };
  const changeCell = (change: Change) =>
    change.kind === "hidden"
      ? `<span class="change-hidden">${escapeHtml(changeText(change))}</span>`
      : escapeHtml(changeText(change));
  const tableRow = (row: PublicationRow) =>
    `<tr data-key="${escapeHtml(row.key)}"><td>${escapeHtml(row.label)}</td>` +
    `<td class="n current"><bdi>${value(row.current, row.isText)}</bdi></td>` +
    `<td class="n previous"><bdi>${value(row.previous, row.isText)}</bdi></td>` +
    `<td class="n change"><bdi dir="${dir}">${changeCell(row.change)}</bdi></td></tr>`;

  return {
    table: (rows: PublicationRow[], id: string) =>
      `<table data-table="${id}"><thead><tr><th>${escapeHtml(t("columns.figure"))}</th>` +
      `<th class="n">${years[0]}</th><th class="n">${years[1]}</th>` +
      `<th class="n">${escapeHtml(t("columns.change"))}</th></tr></thead>` +
      `<tbody>${rows.map(tableRow).join("")}</tbody></table>`,
    // The largest published counts; a hidden cell has no bar.
    chart: (breakdown: Breakdown, title: string) => {
      const bars = breakdown.rows
        .flatMap((row) =>
          typeof row.current === "number" && row.current > 0
            ? [
                {
                  label: row.label,
                  current: row.current,
                  previous: typeof row.previous === "number" ? row.previous : null,
                },
              ]
            : [],
        )
        .sort((a, b) => b.current - a.current)
        .slice(0, MAX_BARS);
      if (!bars.length) return `<p class="note">${escapeHtml(t("noBars"))}</p>`;
      const svg = renderBarChart(bars, { title, years, dir, format: (n) => number.format(n) });
      return `<figure class="chart">${svg}</figure>`;
    },
  };
}
