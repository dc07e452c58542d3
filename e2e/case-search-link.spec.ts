import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

// The name typed into the case search is sealed into the link for the user who typed it:
// someone else opening the link sees the list without the search and a notice, not the name
// and not an error page.
test("a case-search link opens for the user who searched, and for another user without the search", async ({
  browser,
}) => {
  const caseworker = await browser.newContext({ storageState: storageStateFor("CASEWORKER") });
  const page = await caseworker.newPage();
  await page.goto("/cases");
  await page.getByLabel("Search", { exact: true }).fill("Pérez");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue("Pérez");
  const link = page.url();
  await page.goto(link);
  await expect(page.getByLabel("Search", { exact: true })).toHaveValue("Pérez");
  await expect(page.getByRole("status").filter({ hasText: "another user" })).toHaveCount(0);
  await caseworker.close();

  const supervisor = await browser.newContext({ storageState: storageStateFor("SUPERVISOR") });
  const other = await supervisor.newPage();
  const response = await other.goto(link);
  expect(response!.status()).toBe(200);
  await expect(other.getByRole("heading", { name: "Cases" })).toBeVisible();
  await expect(other.getByText("was made by another user")).toBeVisible();
  await expect(other.getByLabel("Search", { exact: true })).toHaveValue("");
  await supervisor.close();
});
