import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

test.use({ storageState: storageStateFor("CASEWORKER") });

const year = new Date().getUTCFullYear();

// The office report's returns from Mexico (the Tapachula office's host country) this year.
async function reportedReturns(page: Page): Promise<number> {
  await page.goto(`/office/report?year=${year}`);
  const table = page.getByRole("table", { name: "Returns by host country" });
  const row = table.getByRole("row").filter({ hasText: "Mexico" });
  if ((await row.count()) === 0) return 0;
  return Number((await row.getByRole("cell").nth(1).innerText()).replace(/,/g, ""));
}

async function moveTo(page: Page, status: string) {
  const form = page.getByRole("form", { name: "Status" });
  await form.getByLabel("Move to").selectOption({ label: status });
  await form.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByTestId("case-status")).toHaveText(status);
}

async function addMember(page: Page, family: string, given: string, relationship: string) {
  await page.getByLabel("Find a person of your office by reference or name").fill(family);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("radio", { name: new RegExp(`${given} ${family}`) }).check();
  await page.getByLabel("Relationship to the head").selectOption({ label: relationship });
  await page.getByRole("button", { name: "Add to the household" }).click();
  await expect(page.getByText("Member added.")).toBeVisible();
}

test("a household's AVR departure is recorded once for three members and counts as three returns in the office report", async ({
  page,
}) => {
  const returnsBefore = await reportedReturns(page);
  const family = `Hogartest${suffix()}`;
  const people = [
    { given: "Marta", sex: "Female", birth: "1988-02-03" },
    { given: "Jorge", sex: "Male", birth: "1986-09-10" },
    { given: "Sofía", sex: "Female", birth: "2015-05-06" },
  ];
  const profiles: string[] = [];
  for (const person of people) {
    await registerBeneficiary(page, { ...person, family, nationality: "Honduras" });
    profiles.push(page.url());
  }

  // Marta's profile starts the household; Jorge and Sofía join through the picker.
  await page.goto(profiles[0]!);
  await expect(page.getByText("This person is not part of a household.")).toBeVisible();
  await page.getByRole("button", { name: "Create a household with this person as head" }).click();
  await expect(page).toHaveURL(/\/households\/[0-9a-f-]{36}$/);
  const householdUrl = page.url();
  await addMember(page, family, "Jorge", "Spouse or partner");
  await addMember(page, family, "Sofía", "Child");
  const members = page.getByRole("table", { name: /^Members of household/ });
  await expect(members.getByRole("row")).toHaveCount(4);
  await expect(members.getByRole("row").filter({ hasText: "Marta" })).toContainText(
    "Head of household",
  );

  // One form opens an AVR case for each of the three.
  const open = page.getByRole("form", { name: "Open AVR cases for the household" });
  for (const person of people)
    await expect(open.getByRole("checkbox", { name: new RegExp(person.given) })).toBeChecked();
  const project = open.getByLabel("Project");
  const projectValue = await project
    .locator("option", { hasText: "MEX-TAP-P1" })
    .getAttribute("value");
  await project.selectOption(projectValue!);
  await open
    .getByLabel("Migrant category")
    .selectOption({ label: "Irregular or stranded migrant" });
  await open.getByLabel("Country of return").selectOption({ label: "Honduras" });
  await open.getByRole("button", { name: "Open AVR cases" }).click();
  await expect(page.getByText("3 AVR cases opened.")).toBeVisible();

  // Each case is counselled and approved on its own page, as usual.
  const caseLinks = members.getByRole("link", { name: /-AVR-/ });
  await expect(caseLinks).toHaveCount(3);
  await page.screenshot({ path: "e2e/screenshots/household.png", fullPage: true });
  const refs = await caseLinks.allInnerTexts();
  for (const ref of refs) {
    await page.goto(householdUrl);
    await page.getByRole("link", { name: ref }).click();
    await moveTo(page, "Counselling");
    await moveTo(page, "Approved for return");
  }

  // The departure, once for the three.
  await page.goto(householdUrl);
  const departure = page.getByRole("form", { name: "Record the departure" });
  for (const ref of refs)
    await expect(departure.getByRole("checkbox", { name: new RegExp(ref) })).toBeChecked();
  await expect(
    departure.getByLabel("Also record the return travel as assistance delivered on that day"),
  ).toBeChecked();
  await departure.getByRole("button", { name: "Record the departure" }).click();
  await expect(page.getByText("Departure recorded for 3 cases.")).toBeVisible();
  for (const ref of refs)
    await expect(members.getByRole("row").filter({ hasText: ref })).toContainText("Departed");

  // The report counts people: three more returns, and the figure's cases are the three.
  const returnsAfter = await reportedReturns(page);
  // Other specs may record returns in the same office at the same time: never fewer than 3.
  expect(returnsAfter - returnsBefore).toBeGreaterThanOrEqual(3);
  await page
    .getByRole("table", { name: "Returns by host country" })
    .getByRole("row")
    .filter({ hasText: "Mexico" })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/cases\?/);
  for (const ref of refs) await expect(page.getByRole("link", { name: ref })).toBeVisible();
});
