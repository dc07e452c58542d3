import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

test.use({ storageState: storageStateFor("CASEWORKER") });

async function recordService(
  page: Page,
  type: string,
  amount?: { value: string; currency: string },
) {
  const form = page.getByRole("form", { name: "Record assistance" });
  await form.getByLabel("Type").selectOption({ label: type });
  if (amount) {
    await form.getByLabel("Amount").fill(amount.value);
    await form.getByLabel("Currency").selectOption(amount.currency);
  }
  await form.getByRole("button", { name: "Record assistance" }).click();
  await expect(page.getByText("Assistance recorded.")).toBeVisible();
}

async function moveTo(page: Page, status: string, reason?: string) {
  const form = page.getByRole("form", { name: "Status" });
  await form.getByLabel(/Move to|Reopen to/).selectOption({ label: status });
  if (reason) await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: /Change status|Reopen case/ }).click();
  await expect(page.getByTestId("case-status")).toHaveText(status);
}

test("a caseworker registers a beneficiary, runs an AVR case through its workflow and finds it in the list", async ({
  page,
}) => {
  const family = `Avrtest${suffix()}`;

  await page.goto("/beneficiaries/new");
  await page.getByRole("button", { name: "Register beneficiary" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/beneficiary-form-errors.png", fullPage: true });

  await registerBeneficiary(page, {
    given: "Lucía",
    family,
    sex: "Female",
    birth: "1992-03-04",
    nationality: "Honduras",
  });
  await page.getByRole("link", { name: "Open Assisted voluntary return case" }).click();
  await page.getByRole("button", { name: "Open Assisted voluntary return case" }).click();
  await expect(page.getByText("Choose one of the options.").first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/case-form-errors.png", fullPage: true });
  await page
    .getByLabel("Migrant category")
    .selectOption({ label: "Irregular or stranded migrant" });
  await page.getByLabel("Country of return").selectOption({ label: "Honduras" });
  await page.getByRole("button", { name: "Open Assisted voluntary return case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("case-status")).toHaveText("Open");

  await recordService(page, "Counselling");
  await recordService(page, "Counselling");
  await moveTo(page, "Counselling");
  await moveTo(page, "Approved for return");
  await recordService(page, "Return travel", { value: "350.00", currency: "USD" });
  await moveTo(page, "Departed");
  await moveTo(page, "Closed", "Returned home; reintegration referred.");

  const services = page.getByRole("table", { name: "Assistance delivered" });
  await expect(services.getByRole("row")).toHaveCount(4);
  await expect(services.getByText("$350.00")).toBeVisible();
  const timeline = page.getByTestId("case-timeline");
  await expect(timeline.getByText("Case opened")).toBeVisible();
  await expect(timeline.getByText("Status changed")).toHaveCount(4);
  await expect(timeline.getByText("Assistance recorded")).toHaveCount(3);

  await page.goto("/cases");
  await page.getByLabel("Search").fill(family.toLowerCase());
  await page.getByLabel("Kind").selectOption({ label: "Assisted voluntary return" });
  await page.getByLabel("Status").selectOption({ label: "Closed" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=AVR/);
  // The name typed into the search is in the URL only sealed.
  expect(decodeURIComponent(page.url()).toLowerCase()).not.toContain(family.toLowerCase());
  const rows = page.getByRole("table", { name: "Cases" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${family}, Lucía`);
  await page.screenshot({ path: "e2e/screenshots/case-list-filtered.png", fullPage: true });

  // The filtered view is a URL: opening it again shows the same result.
  await page.goto(page.url());
  await expect(page.getByRole("table", { name: "Cases" }).getByRole("row")).toHaveCount(2);
});

test("a caseworker opens a VOT case for a child, records protection and finds it among children", async ({
  page,
}) => {
  const family = `Vottest${suffix()}`;
  await registerBeneficiary(page, {
    given: "Mateo",
    family,
    sex: "Male",
    birth: "2012-05-05",
    nationality: "Guatemala",
  });
  await page.getByRole("link", { name: "Open Victim of trafficking case" }).click();
  await page.getByLabel("Identification date").fill("2026-11-01");
  await page.getByLabel("Identified by").fill("Labour inspectorate");
  await page.getByLabel("Forced labour").check();
  await page.getByLabel("Labour sector").selectOption({ label: "Agriculture" });
  await page.getByLabel("Country of exploitation").selectOption({ label: "Mexico" });
  await page.getByLabel("Risk level").selectOption({ label: "High" });
  await page.getByRole("button", { name: "Open Victim of trafficking case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Yes, under 18")).toBeVisible();
  await expect(page.getByTestId("case-status")).toHaveText("Identified");

  await recordService(page, "Shelter");
  await recordService(page, "Medical care");
  await moveTo(page, "Assisting");
  await page.screenshot({ path: "e2e/screenshots/vot-child-case.png", fullPage: true });

  await page.goto("/cases");
  await page.getByLabel("Search").fill(family);
  await page.getByLabel("Kind").selectOption({ label: "Victim of trafficking" });
  await page.getByLabel("Age today").selectOption({ label: "Child (under 18)" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/age=child/);
  const rows = page.getByRole("table", { name: "Cases" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Assisting");
  await page.goto(page.url().replace("age=child", "age=adult"));
  await expect(page.getByText("No cases match.")).toBeVisible();
});
