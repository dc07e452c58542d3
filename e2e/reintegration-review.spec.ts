import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { reintegrationServicesOfOffice } from "./fixtures/database";
import { registerBeneficiary, suffix } from "./fixtures/forms";

const year = new Date().getUTCFullYear();
const servicesStat = (page: Page) =>
  page.getByTestId("stat-Reintegration services delivered this year");

async function fillItem(
  page: Page,
  index: number,
  item: { type: string; description: string; modality: string; amount: string; plannedOn: string },
) {
  await page.locator(`#plan-item-${index}-type`).selectOption({ label: item.type });
  await page.locator(`#plan-item-${index}-description`).fill(item.description);
  await page.locator(`#plan-item-${index}-modality`).selectOption({ label: item.modality });
  await page.locator(`#plan-item-${index}-amount`).fill(item.amount);
  await page.locator(`#plan-item-${index}-plannedOn`).fill(item.plannedOn);
}

async function decide(page: Page, ref: string, decision: string, comment = "") {
  await page.goto("/review");
  await page.getByRole("link", { name: `Review ${ref}` }).click();
  await expect(
    page.getByRole("heading", { name: `Review of the plan for case ${ref}` }),
  ).toBeVisible();
  const form = page.getByRole("form", { name: "Decision" });
  await form.getByLabel("Decision").selectOption({ label: decision });
  if (comment) await form.getByLabel(/^Comment/).fill(comment);
  await form.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText("This plan is not waiting for a decision.")).toBeVisible();
}

// The annual report's own figure for the office, as its staff see it in the office's report.
// (HQ cannot select an office this small: disclosure control refuses it, and a count below
// 10 is never published; docs/disclosure-control.md.)
async function reportedReintegrationServices(reader: Page): Promise<number> {
  await reader.goto(`/office/report?year=${year}`);
  const row = reader.getByRole("row").filter({ hasText: "Reintegration services" });
  return Number((await row.getByRole("cell").nth(1).innerText()).replace(/,/g, ""));
}

test("a plan goes from draft through return, amendment and approval to delivery, and the reintegration services figure counts it", async ({
  browser,
}) => {
  const caseworker = await (
    await browser.newContext({ storageState: storageStateFor("CASEWORKER") })
  ).newPage();
  const supervisor = await (
    await browser.newContext({ storageState: storageStateFor("SUPERVISOR") })
  ).newPage();
  const reader = await (
    await browser.newContext({ storageState: storageStateFor("SUPERVISOR") })
  ).newPage();
  const reportedBefore = await reportedReintegrationServices(reader);

  await supervisor.goto("/review/office");
  const before = Number(await servicesStat(supervisor).innerText());
  expect(before).toBe(await reintegrationServicesOfOffice("MEX-TAP", year));

  // The caseworker opens a reintegration case and drafts a plan of two items.
  await registerBeneficiary(caseworker, {
    given: "Inés",
    family: `Reintest${suffix()}`,
    sex: "Female",
    birth: "1990-07-07",
    nationality: "Honduras",
  });
  await caseworker.getByRole("link", { name: "Open Reintegration case" }).click();
  await caseworker.getByLabel("Country of origin").selectOption({ label: "Honduras" });
  await caseworker.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(caseworker).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const ref = (await caseworker.getByRole("heading", { level: 1 }).innerText()).replace(
    "Case ",
    "",
  );
  await caseworker.getByRole("link", { name: "Reintegration plan, monitoring and survey" }).click();
  await expect(caseworker.getByText("No plan yet. Draft one below.")).toBeVisible();
  await fillItem(caseworker, 0, {
    type: "Small business",
    description: "Tools for a bicycle repair stand",
    modality: "In kind",
    amount: "300.00",
    plannedOn: "2026-12-01",
  });
  await caseworker.getByRole("button", { name: "Add an item" }).click();
  await fillItem(caseworker, 1, {
    type: "Vocational training",
    description: "Mechanics course",
    modality: "Cash",
    amount: "150.00",
    plannedOn: "2026-12-15",
  });
  await caseworker.getByRole("button", { name: "Save draft" }).click();
  await expect(caseworker.getByTestId("plan-status")).toHaveText("Draft");
  await expect(caseworker.getByTestId("plan-total")).toHaveText("$450.00");
  await caseworker.getByRole("button", { name: "Submit for review" }).click();
  await expect(caseworker.getByTestId("plan-status")).toHaveText("Waiting for review");
  await expect(caseworker.getByRole("form", { name: "Edit the plan" })).toHaveCount(0);

  // The supervisor sees it in the queue with the case beside it, and returns it.
  await decide(
    supervisor,
    ref,
    "Return for changes",
    "Add a quote for the tools; lower the amount.",
  );
  await expect(supervisor.getByTestId("plan-status")).toHaveText("Returned for changes");

  // The caseworker sees the decision in the inbox and on the plan, amends and resubmits.
  await caseworker.goto("/inbox");
  await expect(caseworker.getByTestId("nav-inbox")).toHaveText("Inbox (1 unread)");
  const message = caseworker.getByRole("row", { name: new RegExp(ref) });
  await expect(message).toContainText("Reintegration plan returned for changes");
  await message.getByRole("button", { name: "Mark as read" }).click();
  await expect(message).toContainText("Read");
  await expect(caseworker.getByTestId("nav-inbox")).toHaveText("Inbox");
  await message.getByRole("link", { name: ref }).click();
  await expect(caseworker.getByTestId("plan-status")).toHaveText("Returned for changes");
  await expect(caseworker.getByTestId("plan-decisions")).toContainText(
    "Add a quote for the tools; lower the amount.",
  );
  await caseworker.locator("#plan-item-0-amount").fill("280.00");
  await caseworker.getByRole("button", { name: "Save draft" }).click();
  await expect(caseworker.getByTestId("plan-total")).toHaveText("$430.00");
  await caseworker.getByRole("button", { name: "Submit for review" }).click();
  await expect(caseworker.getByTestId("plan-status")).toHaveText("Waiting for review");

  // The supervisor approves; the caseworker delivers both items as services.
  await decide(supervisor, ref, "Approve");
  await supervisor.screenshot({ path: "e2e/screenshots/plan-review.png", fullPage: true });
  await caseworker.reload();
  await expect(caseworker.getByTestId("plan-status")).toHaveText("Approved");
  await caseworker.getByRole("button", { name: "Deliver item 1" }).click();
  await expect(caseworker.getByTestId("plan-delivered")).toHaveText("$280.00");
  await caseworker.getByRole("button", { name: "Deliver item 2" }).click();
  await expect(caseworker.getByTestId("plan-delivered")).toHaveText("$430.00");
  await expect(caseworker.getByRole("button", { name: /Deliver item/ })).toHaveCount(0);
  await caseworker.screenshot({ path: "e2e/screenshots/plan-delivered.png", fullPage: true });

  // REPORT_SPEC's reintegrationServices (this office, this year) counts the two deliveries.
  await supervisor.goto("/review/office");
  await expect(servicesStat(supervisor)).toHaveText(String(before + 2));
  expect(await reintegrationServicesOfOffice("MEX-TAP", year)).toBe(before + 2);
  // And so does the annual report module, which HQ's dashboard and exports use.
  expect(await reportedReintegrationServices(reader)).toBe(reportedBefore + 2);
});
