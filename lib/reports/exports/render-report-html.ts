import { translatorOf } from "@/lib/i18n/catalogues";
import { directionOf, type Locale } from "@/lib/i18n/config";

import { buildNarrative } from "../narrative";
import type { PublishedReport } from "../publish-annual-report";
import { reportScopeLabel, reportTitle } from "../report-naming";
import { renderBarChart } from "./bar-chart-svg";
import { escapeHtml } from "./escape-html";
import {
  breakdownRows,
  headlineRows,
  type Breakdown,
  type Change,
  type PublicationRow,
} from "./publication-figures";
import { PUBLICATION_CSS, runningTemplate } from "./publication-style";
import { renderMethods } from "./render-methods";

export type PublicationInput = {
  report: PublishedReport;
  // The same selection published for the year before, or null when it may not be.
  previous: PublishedReport | null;
  threshold: number;
  locale: Locale;
};

export type Publication = {
  title: string;
  html: string;
  headerTemplate: string;
  footerTemplate: string;
};

const MAX_BARS = 12;

// The annual report as a publication, for Chromium's PDF printer: a cover, At a Glance, the
// headline figures and every breakdown (table and chart) beside the year before, and a
// methods page. Every figure comes from the two published reports given; nothing is computed
// from a hidden cell.
export function renderPublication(input: PublicationInput): Publication {
  const { report, previous, threshold, locale } = input;
  const t = translatorOf(locale, "publication");
  const tr = translatorOf(locale, "report");
  const dir = directionOf(locale);
  const number = new Intl.NumberFormat(locale);
  const signed = new Intl.NumberFormat(locale, { signDisplay: "exceptZero" });
  const [year, prevYear] = [String(report.year), String(report.year - 1)];
  const title = reportTitle(report, locale);
  const filter = t("filter", { filter: reportScopeLabel(report, locale) ?? t("filterAll") });

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
  const change = (c: Change) =>
    c.kind === "hidden"
      ? `<span class="change-hidden">${escapeHtml(t("change.hidden"))}</span>`
      : c.kind === "none"
        ? escapeHtml(t("change.none"))
        : c.kind === "points"
          ? escapeHtml(
              t("change.points", {
                difference: signed.format(c.difference),
                count: Math.abs(c.difference),
              }),
            )
          : escapeHtml(
              c.pct === null
                ? t("change.countNoPct", { difference: signed.format(c.difference) })
                : t("change.count", {
                    difference: signed.format(c.difference),
                    pct: signed.format(c.pct),
                  }),
            );
  const table = (rows: PublicationRow[], id: string) =>
    `<table data-table="${id}"><thead><tr><th>${escapeHtml(t("columns.figure"))}</th>` +
    `<th class="n">${year}</th><th class="n">${prevYear}</th><th class="n">${escapeHtml(t("columns.change"))}</th></tr></thead><tbody>` +
    rows
      .map(
        (row) =>
          `<tr data-key="${escapeHtml(row.key)}"><td>${escapeHtml(row.label)}</td><td class="n current"><bdi>${value(row.current, row.isText)}</bdi></td>` +
          `<td class="n previous"><bdi>${value(row.previous, row.isText)}</bdi></td>` +
          `<td class="n change"><bdi>${change(row.change)}</bdi></td></tr>`,
      )
      .join("") +
    `</tbody></table>`;
  const chart = (breakdown: Breakdown) => {
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
    const heading = t(`breakdowns.${breakdown.id}`);
    return `<figure class="chart">${renderBarChart(bars, { title: heading, years: [year, prevYear], dir, format: (n) => number.format(n) })}</figure>`;
  };
  const breakdowns = breakdownRows(report, previous, tr, locale)
    .map(
      (breakdown) =>
        `<section class="breakdown" data-breakdown="${breakdown.id}"><h2>${escapeHtml(t(`breakdowns.${breakdown.id}`))}</h2>` +
        chart(breakdown) +
        table(breakdown.rows, breakdown.id) +
        `</section>`,
    )
    .join("");
  const narrative = buildNarrative(report, translatorOf(locale, "report.narrative"), locale)
    .map((sentences) => `<p>${escapeHtml(sentences.join(" "))}</p>`)
    .join("");
  const missingPrevious = previous
    ? ""
    : `<p class="note">${escapeHtml(t("notPublishedNote", { prevYear: report.year - 1 }))}</p>`;

  const cover =
    `<section class="cover"><p class="organisation">${escapeHtml(t("cover.organisation"))}</p>` +
    `<p class="division">${escapeHtml(t("cover.division"))}</p><h1>${escapeHtml(title)}</h1>` +
    `<p class="subtitle">${escapeHtml(t("cover.subtitle", { year: report.year, prevYear: report.year - 1 }))}</p>` +
    `<p class="filter">${escapeHtml(filter)}</p><p class="protected">${escapeHtml(t("cover.protected", { threshold }))}</p></section>`;
  const body =
    cover +
    `<section class="glance" data-section="at-a-glance"><h2>${escapeHtml(t("atAGlance"))}</h2>${narrative}</section>` +
    `<section class="figures"><h2>${escapeHtml(t("figures"))}</h2>${missingPrevious}${table(headlineRows(report, previous, tr), "figures")}</section>` +
    breakdowns +
    renderMethods(t, threshold, MAX_BARS);
  const html =
    `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(title)}</title><style>${PUBLICATION_CSS}</style></head><body>${body}</body></html>`;
  const page = "\u0001";
  const total = "\u0002";
  const pageOf = escapeHtml(t("pageOf", { page, total }))
    .replace(page, '<span class="pageNumber"></span>')
    .replace(total, '<span class="totalPages"></span>');
  return {
    title,
    html,
    headerTemplate: runningTemplate(
      dir,
      `<span>${escapeHtml(title)}</span><span>${escapeHtml(filter)}</span>`,
    ),
    footerTemplate: runningTemplate(
      dir,
      `<span>${escapeHtml(t("cover.division"))}</span><span>${pageOf}</span>`,
    ),
  };
}
