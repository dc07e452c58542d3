import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

async function recordConsent(page: Page, purpose: string, country?: string) {
  const form = page.getByRole("form", { name: "Record consent" });
  await form.getByLabel("Purpose").selectOption({ label: purpose });
  if (country)
    await form
      .getByRole("group", { name: "Offices in these countries" })
      .getByLabel(country)
      .check();
  // Keyboard only: Enter in the date field submits the form.
  await form.getByLabel("Date of consent").press("Enter");
  await expect(form.getByRole("status")).toHaveText("Consent recorded.");
}

async function handOverTo(page: Page, projectCode: string) {
  const form = page.getByRole("form", { name: "Hand over to another office" });
  const value = await form
    .locator("option", { hasText: projectCode })
    .first()
    .getAttribute("value");
  await form.getByLabel("Receiving office and project").selectOption(value!);
  await form.getByRole("button", { name: "Hand over the case" }).click();
}

test("consent is recorded on a case, and a hand-over is refused until a consent covers the receiving office's country", async ({
  browser,
}) => {
  const caseworker = await (
    await browser.newContext({ storageState: storageStateFor("CASEWORKER") })
  ).newPage();
  const supervisor = await (
    await browser.newContext({ storageState: storageStateFor("SUPERVISOR") })
  ).newPage();

  await registerBeneficiary(caseworker, {
    given: "Marta",
    family: `Consent${suffix()}`,
    sex: "Female",
    birth: "1992-04-04",
    nationality: "Guatemala",
  });
  await caseworker.getByRole("link", { name: "Open Reintegration case" }).click();
  await caseworker.getByLabel("Country of origin").selectOption({ label: "Guatemala" });
  await caseworker.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(caseworker).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = caseworker.url();

  await recordConsent(caseworker, "Assistance and case management");
  const consents = caseworker.getByRole("table", { name: "Consents" });
  await expect(consents.getByRole("row", { name: /Assistance and case management/ })).toContainText(
    "In force",
  );
  await expect(caseworker.getByTestId("case-timeline")).toContainText("Consent recorded");
  // Only a supervisor may hand a case over.
  await expect(caseworker.getByRole("form", { name: "Hand over to another office" })).toHaveCount(
    0,
  );

  await supervisor.goto(caseUrl);
  await handOverTo(supervisor, "GTM-GUA-P1");
  await expect(
    supervisor.getByRole("form", { name: "Hand over to another office" }).getByRole("alert"),
  ).toContainText("Hand-over refused");

  await caseworker.reload();
  await recordConsent(caseworker, "Hand-over to another IOM office", "Guatemala");
  await expect(
    consents.getByRole("row", { name: /Hand-over to another IOM office/ }),
  ).toContainText("Guatemala");

  await supervisor.reload();
  await handOverTo(supervisor, "GTM-GUA-P1");
  await expect(supervisor).toHaveURL(/\/cases$/);
  // The sending office no longer sees the case.
  expect((await supervisor.goto(caseUrl))?.status()).toBe(404);
});
