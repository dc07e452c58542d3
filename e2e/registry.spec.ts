import { expect, test, type Page } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

const thisYear = new Date().getUTCFullYear();

async function refOnProfile(page: Page): Promise<string> {
  const ref = await page
    .locator("dd", { hasText: /^B-[A-Z-]+-\d{6}$/ })
    .first()
    .textContent();
  expect(ref).toBeTruthy();
  return ref!.trim();
}

async function searchRegistry(page: Page, text: string) {
  await page.goto("/beneficiaries");
  await page.getByLabel("Name or reference").fill(text);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/beneficiaries\?q=/);
}

test.describe("a caseworker", () => {
  test.use({ storageState: storageStateFor("CASEWORKER") });

  test("finds a beneficiary without a case by reference and by name without accents, and edits the record; a stale edit loses nothing", async ({
    page,
    context,
  }) => {
    const family = `Regístro${suffix()}`;
    await registerBeneficiary(page, {
      given: "Inés",
      family,
      sex: "Female",
      birth: "1994-06-07",
      nationality: "Guatemala",
    });
    const ref = await refOnProfile(page);

    await searchRegistry(page, ref);
    // The search is sealed in the URL, as on the case list.
    expect(decodeURIComponent(page.url())).not.toContain(ref);
    const rows = page.getByRole("table", { name: "Beneficiaries" }).getByRole("row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(`${family}, Inés`);
    await expect(rows.nth(1)).toContainText("No case yet");

    await searchRegistry(page, `ines ${family.replace("í", "i").toLowerCase()}`);
    await expect(rows).toHaveCount(2);
    await rows
      .nth(1)
      .getByRole("link", { name: `${family}, Inés` })
      .click();
    await expect(page).toHaveURL(/\/beneficiaries\/[0-9a-f-]{36}$/);
    const profile = page.url();

    // Two tabs open the same record; the first saves, the second then saves a stale version.
    await page.getByRole("link", { name: "Edit details" }).click();
    await expect(page.getByLabel("Phone")).toBeVisible();
    const other = await context.newPage();
    await other.goto(page.url());
    await page.getByLabel("Phone").fill("+52 962 111 2222");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(profile);
    await expect(page.getByText("+52 962 111 2222")).toBeVisible();

    await other.getByLabel("Address").fill("Calle Central 5, Tapachula");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(
      other.getByRole("heading", { name: "Someone else saved this record while you were editing" }),
    ).toBeVisible();
    // What was typed is still there; the untouched phone now shows the other save.
    await expect(other.getByLabel("Address")).toHaveValue("Calle Central 5, Tapachula");
    await expect(other.getByLabel("Phone")).toHaveValue("+52 962 111 2222");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect(other).toHaveURL(profile);
    await expect(other.getByText("Calle Central 5, Tapachula")).toBeVisible();
    await expect(other.getByText("+52 962 111 2222")).toBeVisible();
  });
});

test.describe("a supervisor", () => {
  test.use({ storageState: storageStateFor("SUPERVISOR") });

  async function openCaseWithService(page: Page) {
    await page.getByRole("link", { name: "Open Assisted voluntary return case" }).click();
    await page
      .getByLabel("Migrant category")
      .selectOption({ label: "Irregular or stranded migrant" });
    await page.getByLabel("Country of return").selectOption({ label: "Honduras" });
    await page.getByRole("button", { name: "Open Assisted voluntary return case" }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    const form = page.getByRole("form", { name: "Record assistance" });
    await form.getByLabel("Type").selectOption({ label: "Counselling" });
    await form.getByRole("button", { name: "Record assistance" }).click();
    await expect(page.getByText("Assistance recorded.")).toBeVisible();
  }

  // The office report's "Migrants assisted" figure of this year, narrowed to these people
  // by the case list's search: how many cases, and how many people the report counts.
  async function reportCount(page: Page, family: string) {
    await page.goto(`/office/report?year=${thisYear}`);
    await page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: "Migrants assisted", exact: true }) })
      .getByTestId("drill-down-link")
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`servedIn=${thisYear}`));
    await page.getByLabel("Search").fill(family);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=/);
    return page.getByTestId("drill-down-count");
  }

  test("merges two records of one person: the cases move to the survivor and the report counts the person once", async ({
    page,
  }) => {
    const family = `Duplicado${suffix()}`;
    await registerBeneficiary(page, {
      given: "Rosa",
      family,
      sex: "Female",
      birth: "1988-01-15",
      nationality: "Honduras",
    });
    const survivorUrl = page.url();
    const survivorRef = await refOnProfile(page);
    await openCaseWithService(page);

    // The same woman registered again, past the duplicate warning.
    await page.goto("/beneficiaries/new");
    await page.getByLabel("Given name").fill("Rosa");
    await page.getByLabel("Family name").fill(family);
    await page.getByLabel("Sex").selectOption({ label: "Female" });
    await page.getByLabel("Date of birth").fill("1988-01-15");
    await page.getByLabel("Nationality").selectOption({ label: "Honduras" });
    await page.getByRole("button", { name: "Register beneficiary" }).click();
    await page
      .getByRole("button", { name: "None of these is the person: register anyway" })
      .click();
    await expect(page).toHaveURL(/\/beneficiaries\/[0-9a-f-]{36}$/);
    const duplicateUrl = page.url();
    await openCaseWithService(page);

    await expect(await reportCount(page, family)).toHaveText("2 cases of 2 people");

    await page.goto(duplicateUrl);
    await page.getByRole("link", { name: "Merge with another record" }).click();
    const candidates = page.getByRole("table", { name: "Likely the same person" });
    await candidates
      .getByRole("row")
      .filter({ hasText: survivorRef })
      .getByRole("link", { name: "Compare" })
      .click();
    await expect(page.getByRole("table", { name: "The two records" })).toBeVisible();
    const form = page.getByRole("form", { name: "Merge the records" });
    await form.getByLabel(new RegExp(`Keep ${survivorRef}`)).check();
    await form.getByRole("button", { name: "Merge records" }).click();
    await expect(form.getByText("This field is required.")).toBeVisible();
    await form.getByLabel("I have checked that both records are the same person.").check();
    await form.getByRole("button", { name: "Merge records" }).click();
    await expect(page).toHaveURL(survivorUrl);
    await expect(page.getByRole("table", { name: "Cases" }).getByRole("row")).toHaveCount(3);

    // The merged record's old link leads to the survivor.
    await page.goto(duplicateUrl);
    await expect(page).toHaveURL(survivorUrl);

    await expect(await reportCount(page, family)).toHaveText("2 cases of 1 person");
    await searchRegistry(page, family);
    await expect(page.getByRole("table", { name: "Beneficiaries" }).getByRole("row")).toHaveCount(
      2,
    );
  });
});
