// Print styles of the publication. Logical properties only (inline-start/end, padding-inline),
// so the same sheet lays out right to left under dir="rtl".
export const PUBLICATION_CSS = `
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; font-size: 10pt;
  color: #0f172a; margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 26pt; line-height: 1.2; margin-block: 6mm; }
h2 { font-size: 13pt; margin-block: 0 3mm; color: #1e3a8a; }
p { line-height: 1.5; margin-block: 0 2.5mm; }
.cover { block-size: 240mm; display: flex; flex-direction: column; justify-content: center;
  border-inline-start: 3mm solid #1d4ed8; padding-inline-start: 10mm; break-after: page; }
.cover .organisation { font-size: 12pt; font-weight: 600; color: #1e3a8a; }
.cover .division { font-size: 11pt; color: #334155; }
.cover .subtitle { font-size: 12pt; color: #334155; max-inline-size: 140mm; }
.cover .filter { font-size: 12pt; font-weight: 600; margin-block-start: 6mm; }
.cover .protected { font-size: 9.5pt; color: #475569; max-inline-size: 140mm; }
.glance { break-after: page; }
.glance p { font-size: 10.5pt; }
.figures { break-after: page; }
.breakdown { margin-block-end: 8mm; }
.breakdown h2 { break-after: avoid; }
.chart { margin: 0 0 3mm; break-inside: avoid; }
.chart svg { display: block; max-inline-size: 100%; }
.note { font-size: 8.5pt; color: #475569; }
table { border-collapse: collapse; inline-size: 100%; font-size: 9.5pt; table-layout: fixed; }
th:first-child { inline-size: 46%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { text-align: start; font-weight: 600; border-block-end: 1.5px solid #334155; padding: 3pt 5pt; }
td { border-block-end: 1px solid #e2e8f0; padding: 2.5pt 5pt; overflow-wrap: anywhere; }
.n { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
.hidden-cell, .not-published, .change-hidden { color: #64748b; font-style: italic; }
.methods { break-before: page; font-size: 9pt; }
.methods dl { columns: 2; column-gap: 8mm; margin: 0; }
.methods dl > div { break-inside: avoid; }
.methods dt { font-weight: 600; }
.methods dd { margin-inline-start: 0; margin-block-end: 2mm; line-height: 1.4; }
.methods h3 { font-size: 11pt; margin-block: 5mm 2mm; }
`;

// Chromium's running header and footer: their own document, unstyled by the page, so the font
// and size are set here. The page margins leave room for them.
export function runningTemplate(dir: "ltr" | "rtl", content: string): string {
  return (
    `<div dir="${dir}" style="font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; ` +
    `color: #475569; inline-size: 100%; padding-inline: 16mm; display: flex; ` +
    `justify-content: space-between; gap: 6mm;">${content}</div>`
  );
}
