import { expect, test, type Page } from "@playwright/test";

import { expectNoA11yViolations } from "./fixtures/a11y";
import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

const year = new Date().getUTCFullYear();

// People of the office assisted with shelter this year, as the office's report shows them
// (a breakdown leaves out a type nobody received).
async function reportedShelter(reader: Page): Promise<number> {
  await reader.goto(`/office/report?year=${year}`);
  const table = reader.getByRole("table", { name: "People assisted by type of service" });
  const row = table.getByRole("row").filter({ hasText: /^Shelter/ });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole("cell").nth(1).innerText()).replace(/,/g, ""));
}

async function recordStep(page: Page, provider: string, step: string, withService = false) {
  const form = page.getByRole("form", { name: `Next step of the referral to ${provider}` });
  await form.getByLabel("Next step").selectOption({ label: step });
  if (withService) {
    await form.getByLabel("Record the service delivered").check();
    await form.getByLabel("Amount").fill("80.00");
    await form.getByLabel("Currency").selectOption("USD");
  }
  await form.getByRole("button", { name: "Record step" }).click();
}

test("a supervisor adds a shelter to the directory; a caseworker refers a VoT case to it with the person's consent, and the completed referral's service counts in the office report", async ({
  browser,
}) => {
  const supervisor = await (
    await browser.newContext({ storageState: storageStateFor("SUPERVISOR") })
  ).newPage();
  const caseworker = await (
    await browser.newContext({ storageState: storageStateFor("CASEWORKER") })
  ).newPage();
  const shelter = `Casa Refugio ${suffix()}`;
  const before = await reportedShelter(supervisor);

  // The supervisor adds the shelter to the office's directory.
  await supervisor.goto("/office/providers");
  const add = supervisor.getByRole("form", { name: "Add a provider" });
  await add.getByLabel("Name").fill(shelter);
  await add
    .getByLabel("Type of organisation")
    .selectOption({ label: "Non-governmental organisation" });
  await add.getByLabel("Phone").fill("+52 962 555 0101");
  await add.getByRole("group", { name: "Services offered" }).getByLabel("Shelter").check();
  await add.getByRole("button", { name: "Add provider" }).click();
  await expect(add.getByRole("status")).toHaveText("Provider added.");
  await expect(
    supervisor.getByRole("table", { name: "Directory of service providers" }).getByRole("row", {
      name: new RegExp(shelter),
    }),
  ).toContainText("Active");
  await supervisor.getByText(`Edit ${shelter}`).click();
  await expectNoA11yViolations(supervisor, "provider directory with an edit form open");

  // The caseworker opens a VoT case; a referral is refused until the person consents to it.
  const family = `Referral${suffix()}`;
  await registerBeneficiary(caseworker, {
    given: "Rosa",
    family,
    sex: "Female",
    birth: "1995-02-02",
    nationality: "Honduras",
  });
  await caseworker.getByRole("link", { name: "Open Victim of trafficking case" }).click();
  await caseworker.getByLabel("Identification date").fill(`${year}-01-01`);
  await caseworker.getByLabel("Identified by").fill("Shelter outreach team");
  await caseworker.getByLabel("Sexual exploitation").check();
  await caseworker.getByLabel("Country of exploitation").selectOption({ label: "Mexico" });
  await caseworker.getByLabel("Risk level").selectOption({ label: "High" });
  await caseworker.getByRole("button", { name: "Open Victim of trafficking case" }).click();
  await expect(caseworker).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);

  const refer = caseworker.getByRole("form", { name: "Refer to a provider" });
  const sendReferral = async () => {
    await refer.getByLabel("Provider").selectOption({ label: shelter });
    await refer.getByLabel("Service").selectOption({ label: "Shelter" });
    await refer.getByRole("button", { name: "Refer to a provider" }).click();
  };
  await sendReferral();
  await expect(refer.getByRole("alert")).toContainText("Referral refused");

  const consent = caseworker.getByRole("form", { name: "Record consent" });
  await consent.getByLabel("Purpose").selectOption({ label: "Referral to a service provider" });
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByRole("status")).toHaveText("Consent recorded.");

  await sendReferral();
  await expect(refer.getByRole("status")).toHaveText("Referral sent.");
  const referrals = caseworker.getByRole("table", { name: "Referrals" });
  const row = referrals.getByRole("row", { name: new RegExp(shelter) });
  await expect(row).toContainText("Sent");
  await expectNoA11yViolations(caseworker, "case page with a referral awaiting an answer");

  // The shelter answers: accepted, then the stay is completed and recorded as a service.
  await recordStep(caseworker, shelter, "Accepted by the provider");
  await expect(row).toContainText("Accepted");
  await caseworker
    .getByRole("form", { name: `Next step of the referral to ${shelter}` })
    .getByLabel("Next step")
    .selectOption({ label: "Completed" });
  await caseworker.getByLabel("Record the service delivered").check();
  await expectNoA11yViolations(caseworker, "referral completion with its service");
  await recordStep(caseworker, shelter, "Completed", true);
  await expect(row).toContainText("Completed");
  const services = caseworker.getByRole("table", { name: "Assistance delivered" });
  await expect(services.getByRole("row", { name: new RegExp(shelter) })).toContainText("Shelter");
  await expect(caseworker.getByTestId("case-timeline")).toContainText("Referral completed");

  // The office report counts the person among those assisted with shelter, and its figure
  // opens a list that holds the case.
  expect(await reportedShelter(supervisor)).toBeGreaterThanOrEqual(before + 1);
  await supervisor
    .getByRole("table", { name: "People assisted by type of service" })
    .getByRole("row")
    .filter({ hasText: /^Shelter/ })
    .getByTestId("drill-down-link")
    .click();
  await expect(supervisor).toHaveURL(/\/cases\?/);
  await supervisor.getByLabel("Search").fill(family);
  await supervisor.getByRole("button", { name: "Apply filters" }).click();
  await expect(supervisor.getByRole("table", { name: "Cases" })).toContainText(family);
});
