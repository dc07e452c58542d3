import { describe, expect, it } from "vitest";

import { renderBarChart } from "./bar-chart-svg";

const bars = [{ label: "Mexico <&>", current: 300, previous: 150 }];
const chart = (dir: "ltr" | "rtl") =>
  renderBarChart(bars, { title: "Returns", years: ["2012", "2011"], dir, format: String });

describe("the publication's bar chart", () => {
  it("draws this year's and last year's bars to scale, labels escaped", () => {
    const svg = chart("ltr");
    expect(svg).toContain('<rect x="190" y="26" width="406" height="9" fill="#1d4ed8"/>');
    expect(svg).toContain('<rect x="190" y="36" width="203" height="9" fill="#94a3b8"/>');
    expect(svg).toContain(">Mexico &#60;&#38;&#62;</text>");
  });

  it("mirrors for right-to-left: labels on the right, bars growing leftwards", () => {
    const svg = chart("rtl");
    expect(svg).toContain('<rect x="64" y="26" width="406" height="9" fill="#1d4ed8"/>');
    expect(svg).toMatch(/<text x="476" y="37" font-size="10" text-anchor="start"[^>]*>Mexico/);
  });
});
