import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";

test.use({ storageState: storageStateFor("ADMIN") });

test("an admin cannot lower the disclosure threshold below 10, raises it to 12 for the HQ report, and sets it back", async ({ page }) => {
  await page.goto("/admin/settings");
  const threshold = page.getByLabel("Threshold (people)");
  await expect(threshold).toHaveValue("10");
  await threshold.fill("9");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByText("The threshold cannot be below 10")).toBeVisible();
  await expect(page.getByTestId("effective-threshold")).toContainText("fewer than 10 people");

  await threshold.fill("12");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByRole("status")).toContainText("hide cells below 12");
  await expect(page.getByTestId("effective-threshold")).toContainText("fewer than 12 people");
  await page.goto("/reports/annual?year=2026");
  await expect(page.locator("main")).toContainText("shown as <12");

  // The other specs expect REPORT_SPEC's 10.
  await page.goto("/admin/settings");
  await page.getByLabel("Threshold (people)").fill("10");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByTestId("effective-threshold")).toContainText("fewer than 10 people");
});
