import { within, type Words } from "@/lib/i18n/catalogues";
import { directionOf } from "@/lib/i18n/config";

import { buildNarrative } from "../narrative";
import type { PublishedReport } from "../publish-annual-report";
import { reportScopeLabel, reportTitle } from "../report-naming";
import { regionName } from "../report-words";
import { escapeHtml } from "./escape-html";
import { breakdownRows, headlineRows } from "./publication-figures";
import { PUBLICATION_CSS, runningTemplate } from "./publication-style";
import { figureRenderer, MAX_BARS } from "./render-figure-tables";
import { renderMethods } from "./render-methods";

export type PublicationInput = {
  report: PublishedReport;
  // The same selection published for the year before, or null when it may not be.
  previous: PublishedReport | null;
  threshold: number;
  // The reader's language: the requester's, for an export.
  words: Words;
};

export type Publication = {
  title: string;
  html: string;
  headerTemplate: string;
  footerTemplate: string;
};

const section = (attributes: string, heading: string, content: string) =>
  `<section ${attributes}><h2>${escapeHtml(heading)}</h2>${content}</section>`;

// The annual report as a publication, for Chromium's PDF printer: a cover, At a Glance, the
// headline figures and every breakdown (table and chart) beside the year before, and a
// methods page. Every figure comes from the two published reports given; nothing is computed
// from a hidden cell.
export function renderPublication(input: PublicationInput): Publication {
  const { report, previous, threshold, words } = input;
  const { locale } = words;
  const t = within(words.t, "publication");
  const tr = within(words.t, "report");
  const dir = directionOf(locale);
  const { table, chart } = figureRenderer({ t, locale, dir, year: report.year });
  const title = reportTitle(report, words);
  const filter = t("filter", { filter: reportScopeLabel(report, words) ?? t("filterAll") });
  const prevYear = report.year - 1;
  const region = (name: string) => regionName(words.t, name);

  const cover =
    `<section class="cover"><p class="organisation">${escapeHtml(t("cover.organisation"))}</p>` +
    `<p class="division">${escapeHtml(t("cover.division"))}</p><h1>${escapeHtml(title)}</h1>` +
    `<p class="subtitle">${escapeHtml(t("cover.subtitle", { year: report.year, prevYear }))}</p>` +
    `<p class="filter">${escapeHtml(filter)}</p>` +
    `<p class="protected">${escapeHtml(t("cover.protected", { threshold }))}</p></section>`;
  const narrative = buildNarrative(report, words)
    .map((sentences) => `<p>${escapeHtml(sentences.join(" "))}</p>`)
    .join("");
  const missingPrevious = previous
    ? ""
    : `<p class="note">${escapeHtml(t("notPublishedNote", { prevYear }))}</p>`;
  const breakdowns = breakdownRows(report, previous, tr, locale, region).map((breakdown) => {
    const heading = t(`breakdowns.${breakdown.id}`);
    const content = chart(breakdown, heading) + table(breakdown.rows, breakdown.id);
    return section(`class="breakdown" data-breakdown="${breakdown.id}"`, heading, content);
  });
  const body = [
    cover,
    section('class="glance" data-section="at-a-glance"', t("atAGlance"), narrative),
    section(
      'class="figures"',
      t("figures"),
      missingPrevious + table(headlineRows(report, previous, tr, region), "figures"),
    ),
    ...breakdowns,
    renderMethods(t, threshold, MAX_BARS),
  ].join("");
  const html =
    `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(title)}</title><style>${PUBLICATION_CSS}</style></head>` +
    `<body>${body}</body></html>`;
  // Chromium fills these spans in the running footer.
  const pageOf = escapeHtml(t("pageOf", { page: "\u0001", total: "\u0002" }))
    .replace("\u0001", '<span class="pageNumber"></span>')
    .replace("\u0002", '<span class="totalPages"></span>');
  const span = (text: string) => `<span>${text}</span>`;
  return {
    title,
    html,
    headerTemplate: runningTemplate(dir, span(escapeHtml(title)) + span(escapeHtml(filter))),
    footerTemplate: runningTemplate(dir, span(escapeHtml(t("cover.division"))) + span(pageOf)),
  };
}
