import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

const csv = (text: string) => ({ mimeType: "text/csv", buffer: Buffer.from(text) });

test.use({ storageState: storageStateFor("ADMIN") });

test("an admin's upload with bad rows writes nothing and lists each bad row", async ({ page }) => {
  await page.goto("/admin/import");
  await page.getByLabel("CSV files").setInputFiles([
    { name: "offices.csv", ...csv("code,name,host_country\nE2E-1,Test office,XXX\n") },
    {
      name: "projects.csv",
      ...csv("code,title,office_code,start_date,end_date\nE2E-P,Project,E2E-1,2012-13-01,\n"),
    },
  ]);
  await page.getByRole("button", { name: "Import" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText(
    'offices.csv:2: host_country: "XXX" is not an ISO 3166 alpha-3 country code',
  );
  await expect(errors).toContainText("projects.csv:2: start_date: is not a date (YYYY-MM-DD)");
  await page.goto("/admin/offices");
  await expect(page.locator("main")).not.toContainText("E2E-1");
});

test("an admin's valid upload is imported, and importing it again changes nothing", async ({
  page,
}) => {
  const files = [
    { name: "offices.csv", ...csv("code,name,host_country\nE2E-OK,Imported office,KEN\n") },
  ];
  await page.goto("/admin/import");
  await page.getByLabel("CSV files").setInputFiles(files);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 1 record added or changed.");
  await page.getByLabel("CSV files").setInputFiles(files);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 0 records added or changed.");
  await page.goto("/admin/offices");
  await expect(page.locator("main")).toContainText("E2E-OK");
});
