import { expect, test, type Browser } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(lines.join("\n") + "\n"),
});

// The small demo's host countries each hold fewer than 10 people, so none may be published.
// An admin imports an office in South Africa with 40 people counselled in 2026; importing it
// again changes nothing, so the spec can run twice on one database.
async function importSouthAfrica(browser: Browser) {
  const refs = Array.from({ length: 40 }, (_, index) => String(index + 1).padStart(2, "0"));
  const context = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const page = await context.newPage();
  await page.goto("/admin/import");
  await page
    .getByLabel("CSV files")
    .setInputFiles([
      csv("offices.csv", ["code,name,host_country", "E2E-ZAF,Pretoria,ZAF"]),
      csv("projects.csv", [
        "code,title,office_code,start_date,end_date",
        "E2E-ZAF-P,Assistance,E2E-ZAF,2026-01-01,",
      ]),
      csv("beneficiaries.csv", [
        "ref,given_name,family_name,sex,birth_date,nationality",
        ...refs.map((ref) => `B-E2E-ZAF-${ref},Tumi,Sefara,M,1990-01-01,ZAF`),
      ]),
      csv("cases.csv", [
        "ref,beneficiary_ref,kind,office_code,project_code,opened_on,closed_on,migrant_category,return_country,identified_on,exploitation_types,labour_sector,exploitation_country",
        ...refs.map(
          (ref) =>
            `C-E2E-ZAF-${ref},B-E2E-ZAF-${ref},AVR,E2E-ZAF,E2E-ZAF-P,2026-02-01,,OTHER,ZAF,,,,`,
        ),
      ]),
      csv("services.csv", [
        "case_ref,type,delivered_on,amount,currency",
        ...refs.map((ref) => `C-E2E-ZAF-${ref},COUNSELLING,2026-02-02,,`),
      ]),
    ]);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("Imported:");
  await context.close();
}

test("HQ's home shows the trend and both world maps, hidden countries hatched", async ({
  browser,
}) => {
  await importSouthAfrica(browser);
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports");

  await expect(page.getByRole("heading", { name: "Migrants assisted per year" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Line chart of migrants assisted/ })).toBeVisible();
  await expect(page.locator("[data-testid=trend-chart] .recharts-line")).toHaveCount(3);
  const trendTable = page.getByRole("table", { name: /per year/ });
  await expect(trendTable.getByRole("row", { name: /^2026 / })).toBeVisible();

  const hostMap = page.getByRole("img", { name: /by the host country of the office/ });
  await expect(hostMap).toBeVisible();
  const southAfrica = hostMap.locator("path[data-country=ZAF]");
  await expect(southAfrica).toHaveAttribute("data-state", "shown");
  await expect(southAfrica).toHaveAttribute("fill", /^#/);
  // Berlin's two people: Germany may not be published, and is hatched, not shaded.
  const germany = hostMap.locator("path[data-country=DEU]");
  await expect(germany).toHaveAttribute("data-state", "hidden");
  await expect(germany).toHaveAttribute("fill", /^url\(#/);
  await expect(page.getByTestId("map-hostCountry-table")).toContainText(/South Africa\s*40/);
  await expect(page.getByTestId("map-hostCountry-legend")).toContainText(
    "Hidden by disclosure control (<10 or x)",
  );

  const originMap = page.getByRole("img", { name: /by nationality/ });
  await expect(originMap.locator("path[data-country=ZAF]")).toHaveAttribute("data-state", "shown");
  await expect(page.getByTestId("map-origin-table")).toContainText("South Africa");

  await page.screenshot({ path: "e2e/screenshots/hq-dashboard.png", fullPage: true });
  await context.close();
});
