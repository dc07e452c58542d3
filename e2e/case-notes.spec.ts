import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

import { accountFor, storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

test.use({ storageState: storageStateFor("CASEWORKER") });

// A person of our own (a unique family name) with an open AVR case: its ref.
// Each person of a test differs in birth date and nationality, so the duplicate check passes.
async function openAvrCase(
  page: Page,
  person: { given: string; family: string; birth: string; nationality: string },
): Promise<string> {
  await registerBeneficiary(page, { ...person, sex: "Female" });
  await page.getByRole("link", { name: "Open Assisted voluntary return case" }).click();
  await page
    .getByLabel("Migrant category")
    .selectOption({ label: "Irregular or stranded migrant" });
  await page.getByLabel("Country of return").selectOption({ label: "Honduras" });
  await page.getByRole("button", { name: "Open Assisted voluntary return case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  return title!.replace(/^Case /, "").trim();
}

test("a caseworker adds notes to a case and sees them newest first, with kind, day and author", async ({
  page,
}) => {
  await openAvrCase(page, {
    given: "Nora",
    family: `Notetest${suffix()}`,
    birth: "1991-02-03",
    nationality: "Honduras",
  });
  const form = page.getByRole("form", { name: "Add note" });
  // The contact date defaults to the office's today (Tapachula: America/Mexico_City).
  const officeToday = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Mexico_City",
  }).format(new Date());
  await expect(form.getByLabel("Date of contact")).toHaveValue(officeToday);
  await expect(form.getByText("0 of 4,000 characters")).toBeVisible();

  await form.getByRole("button", { name: "Add note" }).click();
  await expect(form.getByText("This field is required.")).toBeVisible();

  await form.getByLabel("Kind of contact").selectOption({ label: "Phone call" });
  await form.getByLabel("Note text").fill("Called about the travel documents.");
  await expect(form.getByText("34 of 4,000 characters")).toBeVisible();
  await form.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();
  await expect(form.getByLabel("Note text")).toHaveValue("");

  await form.getByLabel("Kind of contact").selectOption({ label: "Counselling session" });
  await form.getByLabel("Note text").fill("Counselling: she wants to return in spring.");
  await form.getByRole("button", { name: "Add note" }).click();
  const notes = page.getByTestId("case-note");
  await expect(notes).toHaveCount(2);
  // Same contact day: the note written last comes first.
  await expect(notes.nth(0)).toContainText("Counselling session");
  await expect(notes.nth(0)).toContainText("she wants to return in spring");
  await expect(notes.nth(1)).toContainText("Phone call");
  await expect(notes.nth(1)).toContainText(`written by ${accountFor("CASEWORKER").name}`);
  await expect(page.getByTestId("case-timeline").getByText("Note added")).toHaveCount(2);
  await page.screenshot({ path: "e2e/screenshots/case-notes.png", fullPage: true });
});

test("a caseworker exports the filtered case list and the CSV holds exactly the filtered rows", async ({
  page,
  browser,
}) => {
  const family = `Exporttest${suffix()}`;
  const refs = [
    await openAvrCase(page, {
      given: "Ada",
      family: `${family}a`,
      birth: "1988-04-05",
      nationality: "Honduras",
    }),
    await openAvrCase(page, {
      given: "Bea",
      family: `${family}b`,
      birth: "1979-10-11",
      nationality: "Guatemala",
    }),
  ];
  await page.goto("/cases");
  await page.getByLabel("Search").fill(family);
  await page.getByLabel("Kind").selectOption({ label: "Assisted voluntary return" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=AVR/);
  await expect(page.getByRole("table", { name: "Cases" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByText("2 cases match the filters.")).toBeVisible();

  const link = page.getByRole("link", { name: "Download CSV" });
  const href = (await link.getAttribute("href"))!;
  // The search rides sealed, as in the list's own URL: never the name in clear.
  expect(href).toMatch(/^\/api\/cases\/export\?.*q=/);
  expect(decodeURIComponent(href).toLowerCase()).not.toContain(family.toLowerCase());
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, "utf8");
  const [header, ...rows] = parse(text.replace(/^\uFEFF/, "")) as string[][];
  expect(header![0]).toBe("Reference");
  expect(rows.map((row) => row[0]).sort()).toStrictEqual([...refs].sort());
  expect(rows.map((row) => row[6])).toStrictEqual([
    "Assisted voluntary return",
    "Assisted voluntary return",
  ]);

  // The same link is refused to HQ, who may not read cases.
  const hq = await browser.newContext({ storageState: storageStateFor("HQ") });
  const refused = await hq.request.get(href);
  expect(refused.status()).toBe(403);
  await hq.close();
});
