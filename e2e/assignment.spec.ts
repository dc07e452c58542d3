import { expect, test, type Page } from "@playwright/test";

import { expectNoA11yViolations } from "./fixtures/a11y";
import { createUserAsAdmin, demoPassword, signIn, storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

// Tapachula's second demo caseworker (prisma/seed-accounts.ts): only this spec gives them cases.
const newHolder = { name: "Carlos Caseworker", email: "caseworker2@demo.passage.test" };

async function openReintegrationCase(
  page: Page,
  person: { given: string; family: string; birth: string },
): Promise<string> {
  await registerBeneficiary(page, {
    ...person,
    sex: "Female",
    nationality: "Guatemala",
  });
  await page.getByRole("link", { name: "Open Reintegration case" }).click();
  await page.getByLabel("Country of origin").selectOption({ label: "Guatemala" });
  await page.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  return title!.replace(/^Case\s+/, "").trim();
}

test("a supervisor bulk-reassigns a leaving caseworker's cases; the new holder finds them under my cases, with one notice", async ({
  browser,
}) => {
  const tag = suffix();
  const leaving = {
    name: `Leaving ${tag}`,
    email: `leaving-${tag}@demo.passage.test`,
    password: `${demoPassword}-leaving`,
  };

  // The leaving caseworker joins Tapachula and opens two cases, which are theirs.
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  await createUserAsAdmin(await admin.newPage(), {
    ...leaving,
    role: "CASEWORKER",
    office: "MEX-TAP · Tapachula",
  });
  const leaver = await browser.newContext();
  const leaverPage = await leaver.newPage();
  await signIn(leaverPage, leaving.email, leaving.password);
  await expect(leaverPage).toHaveURL(/\/office$/);
  const refs = [
    await openReintegrationCase(leaverPage, {
      given: "Rosa",
      family: `Alvarado${tag}`,
      birth: "1991-05-05",
    }),
    await openReintegrationCase(leaverPage, {
      given: "Inés",
      family: `Quintero${tag}`,
      birth: "1984-10-21",
    }),
  ];
  await leaverPage.goto("/cases");
  await expect(leaverPage.getByRole("link", { name: "My cases" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const leaverTable = leaverPage.getByRole("table", { name: "Cases" });
  for (const ref of refs) await expect(leaverTable.getByRole("link", { name: ref })).toBeVisible();

  // The supervisor lists the leaver's cases, selects the page and gives them to Carlos.
  const supervisor = await browser.newContext({ storageState: storageStateFor("SUPERVISOR") });
  const page = await supervisor.newPage();
  await page.goto("/cases");
  const filters = page.getByRole("search", { name: "Filter cases" });
  await filters.getByLabel("Assigned to").selectOption({ label: leaving.name });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]assignee=[0-9a-f-]{36}/);
  const table = page.getByRole("table", { name: "Cases" });
  await expect(table.getByRole("row")).toHaveCount(3);
  for (const ref of refs)
    await expect(table.getByRole("row", { name: new RegExp(ref) })).toContainText(leaving.name);
  // Keyboard only: Space ticks "select all", the holder is chosen, Enter reassigns.
  await table.getByLabel("Select all cases on this page").focus();
  await page.keyboard.press("Space");
  for (const ref of refs) await expect(table.getByLabel(`Select case ${ref}`)).toBeChecked();
  const bulk = page.getByRole("region", { name: "Reassign the selected cases" });
  await expect(bulk.getByRole("status")).toHaveText("2 cases selected.");
  await expectNoA11yViolations(page, "case list with cases selected for reassignment");
  await bulk.getByLabel("New holder").selectOption({ label: newHolder.name });
  await bulk.getByRole("button", { name: `Reassign 2 cases to ${newHolder.name}` }).press("Enter");
  await expect(page.getByText("No cases match.")).toBeVisible();

  // Carlos lands on his own cases and finds both, and one notice naming their references.
  const holder = await browser.newContext();
  const holderPage = await holder.newPage();
  await signIn(holderPage, newHolder.email);
  await expect(holderPage).toHaveURL(/\/office$/);
  await holderPage.goto("/cases");
  await expect(holderPage.getByRole("link", { name: "My cases" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const mine = holderPage.getByRole("table", { name: "Cases" });
  for (const ref of refs)
    await expect(mine.getByRole("row", { name: new RegExp(ref) })).toContainText(newHolder.name);
  await holderPage.goto("/inbox");
  const notice = holderPage.getByRole("row", { name: /Cases assigned to you/ });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText(`2 cases were assigned to you by Luis Supervisor`);
  for (const ref of [...refs].sort()) await expect(notice).toContainText(ref);
  await notice.getByRole("link").click();
  await expect(holderPage).toHaveURL(/\/cases\?assignee=[0-9a-f-]{36}$/);
  for (const ref of refs) await expect(holderPage.getByRole("link", { name: ref })).toBeVisible();

  // The leaver now holds no open case: the admin deactivates them without naming a successor.
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  const entry = adminPage.getByTestId(`user-${leaving.email}`);
  await expect(entry).not.toContainText("open case");
  await entry.getByLabel("Active", { exact: true }).uncheck();
  await entry.getByRole("button", { name: "Save" }).click();
  await expect(entry.getByRole("status")).toContainText("Changes saved.");

  await Promise.all([admin.close(), leaver.close(), supervisor.close(), holder.close()]);
});
