import type { Words } from "@/lib/i18n/catalogues";
import { directionOf } from "@/lib/i18n/config";

import type { PublishedReport } from "../publish-annual-report";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A print page of "At a Glance" and the headline figures, for Chromium's PDF printer.
export function renderReportHtml(
  report: PublishedReport,
  title: string,
  narrative: string[][],
  figures: [string, string][],
  { locale, t }: Words,
): string {
  const paragraphs = narrative.map((sentences) => `<p>${escape(sentences.join(" "))}</p>`).join("");
  const rows = figures
    .map(
      ([label, value]) => `<tr><td>${escape(label)}</td><td class="n">${escape(value)}</td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
    body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 11pt; color: #0f172a; margin: 0; }
    h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; } p { line-height: 1.5; }
    table { border-collapse: collapse; width: 100%; } td { border-bottom: 1px solid #e2e8f0; padding: 4pt 6pt; } td.n { text-align: end; }
  </style></head><body><h1>${escape(title)}</h1><h2>${escape(t("report.page.atAGlance"))}</h2>${paragraphs}<table>${rows}</table>
  <p style="font-size:9pt;color:#475569">${escape(t("report.pdf.footer", { year: report.year }))}</p></body></html>`;
}
