import { expect, test, type Browser } from "@playwright/test";
import pg from "pg";

import { hasDemo2012, seedDemo2012 } from "@/lib/demo/seed-demo-2012";
import { wordsOf } from "@/lib/i18n/catalogues";

import { storageStateFor } from "./fixtures/accounts";
import { renderPdfPages } from "./fixtures/pdf-pages";

// Runs after every other spec (its own Playwright project): it adds the large 2011-2012 demo
// that `npm start` loads by default, which would change the figures the others count.
test.beforeAll(async () => {
  test.setTimeout(15 * 60_000);
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    if (!(await hasDemo2012(client))) await seedDemo2012(client);
  } finally {
    await client.end();
  }
});

// PDF.js splits words at ligatures ("o ffi ces"): compare text without its spaces. NFKC folds
// the Arabic presentation forms a PDF may map its shaped glyphs to back to plain letters.
const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

// HQ, reading in the browser context's language, exports the 2012 report as a PDF from the
// annual report page; returns each page's text, every page drawn to `${prefix}-page-NN.png`.
async function exportPublication(
  browser: Browser,
  labels: { start: string; download: string },
  prefix: string,
  locale?: string,
) {
  const context = await browser.newContext({ storageState: storageStateFor("HQ"), locale });
  const page = await context.newPage();
  await page.goto("/reports/annual?year=2012", { timeout: 120_000 });
  await page.getByRole("button", { name: labels.start }).click();
  const link = page.getByRole("link", { name: labels.download });
  await expect(link).toBeVisible({ timeout: 5 * 60_000 });
  const response = await context.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toContain('filename="passage-annual-2012.pdf"');
  const viewer = await browser.newPage();
  const pages = await renderPdfPages(viewer, await response.body(), prefix);
  await Promise.all([viewer.close(), context.close()]);
  return pages.map(squeeze);
}

test("HQ exports the 2012 annual report as a publication: every page has the filter and its number", async ({
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const pages = await exportPublication(
    browser,
    { start: "Export PDF", download: "Download the PDF file" },
    "publication-2012",
  );
  expect(pages.length).toBeGreaterThan(6);
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(
      squeeze("Filter: none (all offices, host countries and regions)"),
    );
    expect(text, `page ${index + 1}`).toContain(squeeze(`Page ${index + 1} of ${pages.length}`));
  });
  const all = pages.join("\n");
  expect(pages[0]).toContain(squeeze("Annual report 2012"));
  expect(all).toContain(
    squeeze("In 2012 IOM’s Migrant Assistance Division helped 100,010 migrants"),
  );
  // The 2011 figures beside 2012's, and the change between them (REPORT_SPEC's seed figures).
  expect(all).toContain(squeeze("Migrants assisted 100,010 58,830 +41,180 (+70 %)"));
  expect(all).toContain(squeeze("Sexual exploitation (% of VoTs) 20 27 -7 points"));
  expect(all).toContain(
    squeeze("Region where most trafficked children were assisted Central America"),
  );
  for (const heading of [
    "Migrants assisted by sex",
    "Victims of trafficking by type of exploitation",
    "Forced-labour victims by sector",
    "Services delivered to trafficked children, by type",
    "Assisted returns by host country",
    "Migrants assisted by region",
    "Migrants assisted by nationality",
  ])
    expect(all).toContain(squeeze(heading));
  expect(pages.at(-1)).toContain(squeeze("Disclosure control"));
});

// PDF.js gives right-to-left text in visual order, a lam-alef ligature in logical order: an
// Arabic phrase is found as a run of the page's text with the same letters, in any order.
function hasPhrase(text: string, phrase: string): boolean {
  const sorted = (letters: string[]) => letters.sort().join("");
  const [chars, wanted] = [[...text], [...squeeze(phrase)]];
  const key = sorted([...wanted]);
  for (let start = 0; start + wanted.length <= chars.length; start++)
    if (sorted(chars.slice(start, start + wanted.length)) === key) return true;
  return false;
}

// The export is written in the requester's language: here the browser's (Accept-Language),
// HQ having chosen none. The words are read from ar.json as it stands.
test("HQ reading Arabic exports the 2012 publication in Arabic: title, filter and page numbers on every page", async ({
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const { t } = await wordsOf("ar");
  const pages = await exportPublication(
    browser,
    {
      start: t("report.export.start", { format: "PDF" }),
      download: t("report.export.download", { format: "PDF" }),
    },
    "publication-2012-ar",
    "ar",
  );
  expect(pages.length).toBeGreaterThan(6);
  const title = t("report.scope.title", { year: 2012 });
  const filter = t("publication.filter", { filter: t("publication.filterAll") });
  pages.forEach((text, index) => {
    const pageOf = t("publication.pageOf", { page: index + 1, total: pages.length });
    for (const phrase of [title, filter, pageOf])
      expect(hasPhrase(text, phrase), `page ${index + 1}: ${phrase}`).toBe(true);
  });
  const all = pages.join("\n");
  for (const id of ["sex", "exploitation", "sector", "region", "nationality"])
    expect(hasPhrase(all, t(`publication.breakdowns.${id}`)), id).toBe(true);
  expect(hasPhrase(pages.at(-1)!, t("publication.methods.disclosureTitle"))).toBe(true);
});
