import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

test.use({ storageState: storageStateFor("ADMIN") });

test("an admin cannot lower the disclosure threshold below 10, raises it to 12 for the HQ report, and sets it back", async ({
  page,
}) => {
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
  // The report applies 12: the demo's world of about a dozen people is shown with cells below
  // 12 hidden, or refused whole when it holds fewer than 12 (docs/disclosure-control.md).
  await page.goto("/reports/annual?year=2026");
  await expect(page.locator("main")).toContainText(/shown as <12|fewer than 12 people/i);

  // The other specs expect REPORT_SPEC's 10.
  await page.goto("/admin/settings");
  await page.getByLabel("Threshold (people)").fill("10");
  await page.getByRole("button", { name: "Save threshold" }).click();
  await expect(page.getByTestId("effective-threshold")).toContainText("fewer than 10 people");
});

test("an admin changes a sustainability weight: the form sends the typed text, which the server parses", async ({
  page,
}) => {
  await page.goto("/admin/sustainability");
  // The questions and their scales come from the catalogue by the indicator's code.
  const satisfaction = page.getByRole("row").filter({ hasText: "ECON_SATISFACTION" });
  await expect(satisfaction).toContainText(
    "How satisfied are you with your current economic situation?",
  );
  await expect(satisfaction).toContainText("1 – Very dissatisfied to 5 – Very satisfied");
  const economic = page.getByRole("form", { name: "Economic" });
  const weight = economic.getByLabel("Weight of Economic");
  await expect(weight).toHaveValue("1"); // the form has its defaults (hydrated) before typing
  await weight.fill("1.5");
  await economic.getByRole("button", { name: "Save" }).click();
  await expect(economic.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Economic" }).getByLabel("Weight of Economic"),
  ).toHaveValue("1.5");

  // Back to the default, for the specs that record surveys.
  await page.getByRole("form", { name: "Economic" }).getByLabel("Weight of Economic").fill("1");
  await page.getByRole("form", { name: "Economic" }).getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("form", { name: "Economic" }).getByRole("status")).toHaveText(
    "Saved.",
  );
});
