import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { assistedIn } from "./fixtures/database";

// This spec runs after all others (its own Playwright project), so the records it counts
// are settled; expected figures come from SQL written here, not from the report module.
const shownAs = (count: number) => (count >= 1 && count <= 9 ? "<10" : count);

// Personal data of the small demo: names, birth dates and case/beneficiary references.
const personal = [
  "Quispe",
  "Ramírez",
  "Karimi",
  "Koval",
  "Marta",
  "1990-04-12",
  "1985-11-30",
  "MEX-TAP-AVR",
  "MEX-TAP-VOT",
  "B-MEX-TAP",
];
const expectNoPersonalData = (text: string) => {
  for (const value of personal) expect(text, value).not.toContain(value);
};

test.describe("annual report API", () => {
  test("refuses anonymous visitors with 401 and field roles with 403", async ({
    browser,
    request,
  }) => {
    expect((await request.get("/api/reports/annual?year=2026")).status()).toBe(401);
    for (const role of ["CASEWORKER", "SUPERVISOR"] as const) {
      const context = await browser.newContext({ storageState: storageStateFor(role) });
      expect((await context.request.get("/api/reports/annual?year=2026")).status(), role).toBe(403);
      await context.close();
    }
  });

  test("gives HQ the figures under REPORT_SPEC's keys, uncached, without personal data", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateFor("HQ") });
    const response = await context.request.get("/api/reports/annual?year=2026");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const report = await response.json();
    expect(report.migrantsAssisted).toBe(await assistedIn(2026));
    expect(report.vot.assisted).toBe(shownAs(await assistedIn(2026, { kind: "VOT" })));
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        "migrantsAssisted",
        "migrantsAssistedPrevYear",
        "changeVsPrevYearPct",
        "countriesOfOrigin",
        "activeProjects",
        "hostCountries",
        "sex",
        "age",
        "avr",
        "counsellingSessions",
        "counsellingSessionsPrevYear",
        "reintegrationServices",
        "reintegrationServicesPrevYear",
        "vot",
        "votDatabase",
      ]),
    );
    // Breakdown cells of 1 to 9 people are published as "<10".
    expect(report.sex.female).toBe(shownAs(await assistedIn(2026, { sex: "F" })));
    expect(JSON.stringify(report.breakdowns)).toContain('"<10"');
    expectNoPersonalData(await response.text());
    await context.close();
  });

  test("rejects an invalid year with 400", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("ADMIN") });
    expect((await context.request.get("/api/reports/annual?year=20x6")).status()).toBe(400);
    await context.close();
  });

  test("exports CSV with an HXL row and XLSX for HQ, without personal data", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateFor("HQ") });
    const csv = await context.request.get("/api/reports/annual?year=2026&format=csv");
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    // Labels in the reader's language, then the stable keys, then the HXL hashtags.
    const [labels, keys, tags] = text.split("\r\n");
    expect(labels).toMatch(/^\uFEFF?Year,Office,/);
    expect(keys).toMatch(/^year,office,/);
    expect(tags).toMatch(/^#date\+year,/);
    expect(text).toContain(`migrantsAssisted,${await assistedIn(2026)}`);
    expectNoPersonalData(text);
    const xlsx = await context.request.get("/api/reports/annual?year=2026&format=xlsx");
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
    await context.close();
  });
});

test("HQ reads the At a Glance narrative, figures and protected breakdowns on /reports/annual", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports");
  await page.getByRole("link", { name: "Annual report" }).click();
  // Without a year, the link opens the default report year (lib/reports/default-report-year.ts).
  await expect(page).toHaveURL(/\/reports\/annual$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    // The demo holds services of 2026 only: the default year is the one with data.
    "Annual report 2026",
  );
  await expect(page.getByTestId("at-a-glance")).toBeVisible();
  await page.goto("/reports/annual?year=2026");
  await expect(page.getByTestId("at-a-glance")).toContainText(
    `In 2026 IOM’s Migrant Assistance Division helped ${await assistedIn(2026)} migrants`,
  );
  await expect(
    page.getByRole("heading", { name: "Migrants assisted by nationality" }),
  ).toBeVisible();
  const text = await page.locator("main").innerText();
  expect(text).toContain("<10");
  expectNoPersonalData(text);
  await page.screenshot({ path: "e2e/screenshots/annual-report.png", fullPage: true });
  await page.getByLabel("Office").selectOption("DEU-BER");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/office=DEU-BER/);
  // Berlin assisted two people: the selection is refused whole, with the reason
  // (docs/disclosure-control.md), and none of its figures is shown.
  expect(await assistedIn(2026, { officeCode: "DEU-BER" })).toBeLessThan(10);
  await expect(page.getByTestId("selection-refused")).toContainText(
    "Fewer than 10 people were assisted in this selection",
  );
  await expect(page.getByTestId("at-a-glance")).toHaveCount(0);
  await context.close();
});

test("HQ exports in the background with progress, then downloads CSV and PDF files", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports/annual?year=2026");
  for (const [format, magic] of [
    ["CSV", "\uFEFFYear"],
    ["PDF", "%PDF"],
  ] as const) {
    await page.getByRole("button", { name: `Export ${format}` }).click();
    const link = page.getByRole("link", { name: `Download the ${format} file` });
    await expect(link).toBeVisible({ timeout: 30_000 });
    const response = await context.request.get((await link.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.toString("latin1").startsWith(Buffer.from(magic).toString("latin1")), format).toBe(
      true,
    );
    if (format === "CSV") expectNoPersonalData(body.toString());
  }
  await context.close();
});

test("another user cannot read or download someone's export", async ({ browser }) => {
  const hq = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await hq.newPage();
  await page.goto("/reports/annual?year=2026");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const href = (await page
    .getByRole("link", { name: "Download the CSV file" })
    .getAttribute("href", { timeout: 30_000 }))!;
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  expect((await admin.request.get(href)).status()).toBe(404);
  const caseworker = await browser.newContext({ storageState: storageStateFor("CASEWORKER") });
  expect((await caseworker.request.get(href)).status()).toBe(403);
  await Promise.all([hq.close(), admin.close(), caseworker.close()]);
});

test.describe("drill-down from the office's own report", () => {
  test("a supervisor clicks their office's VoT figure and lands on the list of exactly those cases", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateFor("SUPERVISOR") });
    const page = await context.newPage();
    // The office comes from the user, not the URL: asking for Berlin still shows Tapachula.
    await page.goto("/office/report?year=2026&office=DEU-BER");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tapachula");
    const expected = await assistedIn(2026, { officeCode: "MEX-TAP", kind: "VOT" });
    expect(expected).toBeGreaterThan(0);
    const figure = page
      .getByRole("row")
      .filter({ hasText: "Victims of trafficking assisted" })
      .getByTestId("drill-down-link")
      .first();
    await expect(figure).toHaveText(String(expected));
    await figure.click();
    await expect(page).toHaveURL(/\/cases\?(?=.*kind=VOT)(?=.*servedIn=2026)/);
    await expect(page.getByTestId("drill-down-count")).toContainText(
      `of ${expected} ${expected === 1 ? "person" : "people"}`,
    );
    await expect(page.getByTestId("drill-down")).toContainText("assisted in 2026");
    const cases = await page.locator("tbody tr").count();
    await expect(page.getByTestId("drill-down-count")).toContainText(`${cases} case`);
    await page.screenshot({ path: "e2e/screenshots/office-report-drill-down.png", fullPage: true });
    await context.close();
  });

  test("HQ's report has no links to cases", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("HQ") });
    const page = await context.newPage();
    // The demo's offices are too small to be selected one by one: the world's report.
    await page.goto("/reports/annual?year=2026");
    await expect(
      page.getByRole("row").filter({ hasText: "Victims of trafficking assisted" }),
    ).toBeVisible();
    await expect(page.getByTestId("drill-down-link")).toHaveCount(0);
    await expect(page.locator('main a[href^="/cases"]')).toHaveCount(0);
    await context.close();
  });
});
