import { expect, test } from "@playwright/test";
import pg from "pg";

import { hasDemo2012, seedDemo2012 } from "@/lib/demo/seed-demo-2012";

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

test("HQ exports the 2012 annual report as a publication: every page has the filter and its number", async ({
  browser,
}) => {
  test.setTimeout(10 * 60_000);
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports/annual?year=2012", { timeout: 120_000 });
  await page.getByRole("button", { name: "Export PDF" }).click();
  const link = page.getByRole("link", { name: "Download the PDF file" });
  await expect(link).toBeVisible({ timeout: 5 * 60_000 });
  const response = await context.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-disposition"]).toContain('filename="passage-annual-2012.pdf"');

  const viewer = await browser.newPage();
  // PDF.js splits words at ligatures ("o ffi ces"): compare text without its spaces.
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  const pages = (await renderPdfPages(viewer, await response.body(), "publication-2012")).map(
    squeeze,
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
  await Promise.all([viewer.close(), context.close()]);
});
