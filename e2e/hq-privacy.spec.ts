import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

test("HQ sees no personal data on its home page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports");
  const text = await page.locator("main").innerText();
  for (const personal of ["Quispe", "Ramírez", "Karimi", "MEX-TAP-AVR"])
    expect(text).not.toContain(personal);
  await context.close();
});
