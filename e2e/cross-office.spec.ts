import { expect, test } from "@playwright/test";

import { berlinCaseworker, signIn } from "./fixtures/accounts";
import { caseIdOfOffice } from "./fixtures/database";

test("a caseworker cannot open another office's case by its id", async ({ page }) => {
  const tapachulaCase = await caseIdOfOffice("MEX-TAP");
  const berlinCase = await caseIdOfOffice("DEU-BER");
  await signIn(page, berlinCaseworker.email);
  await expect(page).toHaveURL(/\/office$/);

  const own = await page.goto(`/cases/${berlinCase}`);
  expect(own?.status()).toBe(200);

  const other = await page.goto(`/cases/${tapachulaCase}`);
  expect(other?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
