import { escapeHtml } from "./escape-html";
import type { Translate } from "./publication-figures";

// The definitions of docs/report-spec.md and the rule of docs/disclosure-control.md, in the
// reader's words (publication.methods).
const DEFINITIONS = [
  "assisted",
  "countriesOfOrigin",
  "activeProjects",
  "hostCountries",
  "age",
  "percentages",
  "change",
  "region",
  "avr",
  "services",
  "vot",
  "votChildren",
  "votDatabase",
] as const;
const DISCLOSURE = ["small", "secondary", "selections", "totals", "previous"] as const;

export function renderMethods(t: Translate, threshold: number, maxBars: number): string {
  const definitions = DEFINITIONS.map(
    (key) =>
      `<div><dt>${escapeHtml(t(`methods.definitions.${key}.term`))}</dt>` +
      `<dd>${escapeHtml(t(`methods.definitions.${key}.text`))}</dd></div>`,
  ).join("");
  const disclosure = DISCLOSURE.map(
    (key) =>
      `<p>${escapeHtml(t(`methods.disclosure.${key}`, { threshold, below: threshold - 1 }))}</p>`,
  ).join("");
  return (
    `<section class="methods" data-section="methods"><h2>${escapeHtml(t("methods.title"))}</h2>` +
    `<h3>${escapeHtml(t("methods.definitionsTitle"))}</h3><dl>${definitions}</dl>` +
    `<p>${escapeHtml(t("chartNote", { max: maxBars }))}</p>` +
    `<h3>${escapeHtml(t("methods.disclosureTitle"))}</h3>${disclosure}</section>`
  );
}
