import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { wordsOf } from "@/lib/i18n/catalogues";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";

import type { ReportFilter } from "../annual-report";
import { HEADLINE_FIGURES } from "../headline-figures";
import type { PublishedReport } from "../publish-annual-report";
import { publishSelection } from "../publish-selection";
import { escapeHtml } from "./escape-html";
import { renderPublication } from "./render-report-html";

const K = 10;
const BREAKDOWNS = [
  "sex",
  "age",
  "sexByAge",
  "avrCategory",
  "returns",
  "exploitation",
  "sector",
  "childrenNeeds",
  "serviceTypes",
  "region",
  "hostCountry",
  "nationality",
];

async function people(
  office: Awaited<ReturnType<typeof makeOffice>>,
  count: number,
  date: string,
  fields: { sex?: "M" | "F"; birthDate?: string } = {},
) {
  for (let index = 0; index < count; index++) {
    const beneficiary = await makeBeneficiary(office.id, fields);
    await makeServices(await makeCase(office, "AVR", { beneficiary }), ["COUNSELLING", date]);
  }
}

async function publish(filter: ReportFilter): Promise<PublishedReport | null> {
  const published = await publishSelection(db, filter, K);
  return published.ok ? published.report : null;
}

// The cells (current, previous, change) of one row of one table of the publication, each
// isolated for right-to-left pages (<bdi>).
function row(html: string, table: string, key: string): string[] {
  const body = html.match(new RegExp(`<table data-table="${table}">(.*?)</table>`))?.[1] ?? "";
  const cells = body.match(new RegExp(`<tr data-key="${escapeHtml(key)}">(.*?)</tr>`))?.[1];
  if (!cells) throw new Error(`no row ${key} in ${table}`);
  return [...cells.matchAll(/<td[^>]*>(?:<bdi[^>]*>)?(.*?)(?:<\/bdi>)?<\/td>/g)]
    .map((cell) => cell[1]!)
    .slice(1);
}

// Mexico: 14 women and 2 men in 2012; 12 women, 1 man and 3 children in 2011. Germany: 12
// people in 2012 only, so its region cannot be published for 2011.
beforeAll(async () => {
  await resetDatabase();
  const mex = await makeOffice("MEX");
  const deu = await makeOffice("DEU");
  await people(mex, 14, "2012-03-01");
  await people(mex, 2, "2012-03-01", { sex: "M" });
  await people(mex, 12, "2011-03-01");
  await people(mex, 1, "2011-03-01", { sex: "M" });
  await people(mex, 3, "2011-03-01", { birthDate: "2005-01-01" });
  await people(deu, 12, "2012-04-01");
}, 60_000);

describe("the annual report publication (HTML)", () => {
  it("has a cover, At a Glance, the figures, every breakdown as table and chart, and methods", async () => {
    const report = (await publish({ year: 2012 }))!;
    const { html } = renderPublication({
      report,
      previous: await publish({ year: 2011 }),
      threshold: K,
      words: await wordsOf("en"),
    });
    expect(html).toContain('<section class="cover">');
    expect(html).toContain('data-section="at-a-glance"');
    expect(html).toContain("In 2012 IOM’s Migrant Assistance Division helped 28 migrants");
    expect(html).toContain('<table data-table="figures">');
    for (const id of BREAKDOWNS) {
      const section = html.match(new RegExp(`data-breakdown="${id}">(.*?)</section>`))?.[1];
      expect(section, id).toContain(`<table data-table="${id}">`);
      expect(section, id).toMatch(/<svg|class="note"/);
    }
    expect(html).toMatch(/data-breakdown="sex">.*?<svg/);
    expect(html).toContain('data-section="methods"');
    expect(html).toContain("a count of 1 to 9 people is shown as &#60;10");
  });

  it("shows the previous year's published figures, and no change beside a hidden cell", async () => {
    const [report, previous] = [await publish({ year: 2012 }), await publish({ year: 2011 })];
    const { html } = renderPublication({
      report: report!,
      previous,
      threshold: K,
      words: await wordsOf("en"),
    });
    for (const [key, valueOf] of HEADLINE_FIGURES) {
      const value = valueOf(previous!);
      const shown =
        value === null ? "–" : typeof value === "number" ? value.toLocaleString("en") : value;
      expect(row(html, "figures", key)[1], key).toContain(escapeHtml(String(shown)));
    }
    expect(row(html, "figures", "migrantsAssisted")).toEqual(["28", "16", "+12 (+75 %)"]);
    // Two men in 2012 and one in 2011: hidden both years, never compared.
    expect(report!.sex.male).toBe("<10");
    expect(row(html, "sex", "male")[0]).toContain('class="hidden-cell">&#60;10<');
    expect(row(html, "sex", "male")[2]).toBe('<span class="change-hidden">not shown</span>');
    // No child in 2012 (shown as 0) but three in 2011 (hidden): no change either.
    expect(previous!.age.children).toBe("<10");
    expect(row(html, "age", "children")[0]).toBe("0");
    expect(row(html, "age", "children")[2]).toContain("not shown");
  });

  it("states the filter on every page, and marks a previous year that may not be published", async () => {
    const filter = { year: 2012, region: "Western Europe" };
    const report = await publish(filter);
    const previous = await publish({ ...filter, year: 2011 });
    expect(previous).toBeNull();
    const publication = renderPublication({
      report: report!,
      previous,
      threshold: K,
      words: await wordsOf("en"),
    });
    expect(publication.title).toBe("Annual report 2012 — Western Europe");
    expect(publication.headerTemplate).toContain("Filter: Western Europe");
    expect(publication.footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(row(publication.html, "figures", "migrantsAssisted")).toEqual([
      "12",
      '<span class="not-published">not published</span>',
      "–",
    ]);
    expect(publication.html).toContain("The same selection cannot be published for 2011");
    expect(publication.html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
  });

  it("reads right to left in Arabic: the catalogue's words, numbers isolated, charts mirrored", async () => {
    const [report, previous] = [await publish({ year: 2012 }), await publish({ year: 2011 })];
    const words = await wordsOf("ar");
    const publication = renderPublication({ report: report!, previous, threshold: K, words });
    const { html } = publication;
    const t = (key: string, values?: Record<string, string | number>) =>
      escapeHtml(words.t(key, values));
    const filter = t("publication.filter", { filter: words.t("publication.filterAll") });

    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(publication.title).toBe(words.t("report.scope.title", { year: 2012 }));
    expect(html).toContain(`<h1>${escapeHtml(publication.title)}</h1>`);
    expect(html).toContain(`<p class="filter">${filter}</p>`);
    for (const key of ["atAGlance", "figures", "methods.title", "columns.change"])
      expect(html, key).toContain(t(`publication.${key}`));
    for (const id of BREAKDOWNS)
      expect(html, id).toContain(`<h2>${t(`publication.breakdowns.${id}`)}</h2>`);
    expect(html).toContain(t("report.labels.sex.F"));
    // Regions in the reader's words; the English M49 name stays the row's key.
    expect(html).toContain(`<tr data-key="Western Europe"><td>${t("report.regionName.155")}</td>`);
    // The running header and footer are documents of their own: each carries the direction.
    expect(publication.headerTemplate).toMatch(/^<div dir="rtl"/);
    expect(publication.headerTemplate).toContain(filter);
    expect(publication.footerTemplate).toMatch(/^<div dir="rtl"/);
    expect(publication.footerTemplate).toContain(
      t("publication.pageOf", { page: "\u0001", total: "\u0002" })
        .replace("\u0001", '<span class="pageNumber"></span>')
        .replace("\u0002", '<span class="totalPages"></span>'),
    );
    const number = new Intl.NumberFormat("ar");
    expect(row(html, "figures", "migrantsAssisted").slice(0, 2)).toEqual([
      number.format(28),
      number.format(16),
    ]);
    expect(html).toMatch(/<td class="n current"><bdi>/);
    // A change has words ("-1 نقطة"): it reads right to left, each number kept left to right.
    const lri = (text: string) => `\u2066${text}\u2069`;
    const signed = new Intl.NumberFormat("ar", { signDisplay: "exceptZero" });
    expect(html).toContain(
      `<td class="n change"><bdi dir="rtl">${t("publication.change.count", { difference: lri(signed.format(12)), pct: lri(signed.format(75)) })}</bdi>`,
    );

    // Mirrored: in English the age chart's bars start at the labels' edge (x=190) and grow
    // rightwards; in Arabic every bar ends at the mirrored edge (660-190) and the labels,
    // anchored at their start, stand to its right.
    const ageChart = (source: string) =>
      source.match(/data-breakdown="age">(.*?)<\/section>/)![1]!.match(/<svg.*<\/svg>/)![0];
    const bars = (svg: string) =>
      [...svg.matchAll(/<rect x="([\d.]+)" y="(\d+)" width="([\d.]+)" height="9"/g)].map(
        ([, x, , width]) => ({ start: Number(x), end: Number(x) + Number(width) }),
      );
    const english = renderPublication({
      report: report!,
      previous,
      threshold: K,
      words: await wordsOf("en"),
    });
    const ltr = bars(ageChart(english.html));
    expect(ltr.length).toBeGreaterThan(0);
    for (const bar of ltr) expect(bar.start).toBe(190);
    const arabic = bars(ageChart(html));
    expect(arabic.length).toBe(ltr.length);
    for (const bar of arabic) expect(bar.end).toBeCloseTo(470);
    expect(ageChart(html)).toContain(
      `<text x="476" y="37" font-size="10" text-anchor="start" fill="#0f172a">${t("report.labels.age.adult")}</text>`,
    );
  });
});
