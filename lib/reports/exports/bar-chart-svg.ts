import { escapeHtml } from "./escape-html";

export type ChartBar = { label: string; current: number; previous: number | null };

type ChartOptions = {
  title: string;
  years: [string, string];
  dir: "ltr" | "rtl";
  format: (value: number) => string;
};

const clip = (text: string, max = 28) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const WIDTH = 660;
const LABELS = 190;
const VALUES = 64;
const LEGEND = 24;
const ROW = 26;
const BAR = 9;
const COLOURS = { current: "#1d4ed8", previous: "#94a3b8" };

// A horizontal bar chart as plain SVG (recharts draws nothing without a browser's layout):
// this year's bar above the previous year's, labels on the inline-start side, mirrored for
// right-to-left languages. Only published numbers have bars.
export function renderBarChart(bars: ChartBar[], options: ChartOptions): string {
  const rtl = options.dir === "rtl";
  const plot = WIDTH - LABELS - VALUES;
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.current, bar.previous ?? 0]));
  const height = LEGEND + bars.length * ROW + 4;
  // x measured from the inline start; mirrored in right-to-left.
  const x = (from: number, width = 0) => (rtl ? WIDTH - from - width : from);
  const startAnchor = rtl ? "start" : "end";
  const endAnchor = rtl ? "end" : "start";
  const bar = (value: number, y: number, colour: string) => {
    const width = Math.max(value > 0 ? 1 : 0, (value / max) * plot);
    return (
      `<rect x="${x(LABELS, width)}" y="${y}" width="${width}" height="${BAR}" fill="${colour}"/>` +
      `<text x="${x(LABELS + width + 4)}" y="${y + BAR - 1}" font-size="9" text-anchor="${endAnchor}" fill="#334155">${escapeHtml(options.format(value))}</text>`
    );
  };
  const rows = bars.map((row, index) => {
    const top = LEGEND + index * ROW;
    return (
      `<text x="${x(LABELS - 6)}" y="${top + BAR + 4}" font-size="10" text-anchor="${startAnchor}" fill="#0f172a">${escapeHtml(clip(row.label))}</text>` +
      bar(row.current, top + 2, COLOURS.current) +
      (row.previous === null ? "" : bar(row.previous, top + 2 + BAR + 1, COLOURS.previous))
    );
  });
  const legend = options.years
    .map((year, index) => {
      const at = LABELS + index * 90;
      const colour = index === 0 ? COLOURS.current : COLOURS.previous;
      return (
        `<rect x="${x(at, 10)}" y="4" width="10" height="10" fill="${colour}"/>` +
        `<text x="${x(at + 14)}" y="13" font-size="10" text-anchor="${endAnchor}" fill="#0f172a">${escapeHtml(year)}</text>`
      );
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(options.title)}" ` +
    `viewBox="0 0 ${WIDTH} ${height}" width="100%" style="direction:ltr">${legend}${rows.join("")}</svg>`
  );
}
