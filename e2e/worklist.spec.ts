import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

test.use({ storageState: storageStateFor("CASEWORKER") });

// A day `days` before today, as the date field takes it. A reintegration case opened 90 days
// ago has its 3-month monitoring visit due within a few days of today (overdue, today or this
// week). The case has no service, so it adds no year to the annual report's years.
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

// Opens a reintegration case (the caseworker holds it: they opened it) for a new person.
// Each spec's person differs in name and birth date, or the duplicate check stops the form.
async function openReintegrationCase(
  page: Page,
  openedOn: string,
  person: { given: string; birth: string },
) {
  await registerBeneficiary(page, {
    ...person,
    family: `Worklist${suffix()}`,
    sex: "Female",
    nationality: "Honduras",
  });
  await page.getByRole("link", { name: "Open Reintegration case" }).click();
  await page.getByLabel("Country of origin").selectOption({ label: "Honduras" });
  await page.locator("#case-openedOn").fill(openedOn);
  await page.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const ref = /[A-Z0-9-]+-\d{6}/.exec(heading ?? "")![0];
  return { id, ref };
}

test("Must show: the caseworker's home lists a monitoring visit falling due, and it leaves once the visit is recorded", async ({
  page,
}) => {
  const kase = await openReintegrationCase(page, daysAgo(90), {
    given: "Iris",
    birth: "1990-05-05",
  });

  await page.goto("/office");
  await expect(page.getByRole("heading", { level: 2, name: "My worklist" })).toBeVisible();
  const monitoringLink = `/cases/${kase.id}/reintegration#monitoring`;
  const item = page.getByTestId("worklist-item").filter({
    has: page.locator(`a[href="${monitoringLink}"]`),
  });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-kind", "MONITORING_VISIT");
  await expect(item).toContainText("Monitoring visit");
  await expect(item).toContainText(kase.ref);
  await expect(item).toContainText("The visit due 3 months after the return.");
  await page.screenshot({ path: "e2e/screenshots/worklist-home.png", fullPage: true });

  // The item leads to where the visit is recorded.
  await item.getByRole("link", { name: kase.ref }).click();
  await expect(page).toHaveURL(new RegExp(`${monitoringLink}$`));
  const form = page.getByRole("form", { name: "Record visit" });
  await form.getByLabel("Note").fill("Visited at home; the stall is open.");
  await form.getByRole("button", { name: "Record visit" }).click();
  await expect(page.getByRole("table", { name: "Monitoring visits" })).toContainText(
    "Visited at home; the stall is open.",
  );

  await page.goto("/office");
  await expect(page.getByRole("heading", { level: 2, name: "My worklist" })).toBeVisible();
  await expect(page.locator(`a[href="${monitoringLink}"]`)).toHaveCount(0);
});

test("a follow-up added from the home is listed with its text, and leaves once marked done", async ({
  page,
}) => {
  const kase = await openReintegrationCase(page, daysAgo(1), {
    given: "Noor",
    birth: "1984-11-23",
  });
  const text = `Call the school ${suffix()}`;

  await page.goto("/office");
  const form = page.getByRole("form", { name: "Add a follow-up" });
  await form.getByLabel("Case").selectOption({ label: kase.ref });
  await form.getByLabel("What to do").fill(text);
  await form.getByRole("button", { name: "Add a follow-up" }).click();
  await expect(form.getByText("Follow-up added.")).toBeVisible();

  const item = page.getByTestId("worklist-item").filter({ hasText: text });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-kind", "FOLLOW_UP");
  await expect(item.getByRole("link", { name: kase.ref })).toHaveAttribute(
    "href",
    `/cases/${kase.id}`,
  );

  await item.getByRole("button", { name: "Mark done" }).click();
  await expect(page.getByTestId("worklist-item").filter({ hasText: text })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "My worklist" })).toBeVisible();
  await expect(page.getByTestId("worklist-item").filter({ hasText: text })).toHaveCount(0);
});
