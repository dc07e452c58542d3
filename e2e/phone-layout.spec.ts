import { expect, test } from "@playwright/test";

import { a11yLocales, expectNoA11yViolations, openPage } from "./fixtures/a11y";
import { concretePath } from "./fixtures/pages";

// A caseworker on a 390 px phone: a compact header whose links fold behind a menu, the case
// list's first result on the first screen, and the filters behind a button that counts them.
const phone = { width: 390, height: 844 };

test("on a phone the case list starts on the first screen and its filters fold behind a counted button", async ({
  browser,
  baseURL,
}) => {
  const page = await openPage(browser, baseURL!, "en", "CASEWORKER", phone);
  await page.goto("/cases");
  const header = await page.locator("header").first().boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  const cards = page.getByRole("list", { name: "Cases, one card each" }).getByRole("listitem");
  await expect(cards.first()).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("table", { name: "Cases" })).toBeHidden();
  await page.screenshot({ path: "e2e/screenshots/phone-cases.png" });

  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await menu.click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).not.toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  const toggle = page.getByRole("button", { name: "Filters", exact: true });
  const filters = page.getByRole("search", { name: "Filter cases" });
  await expect(filters).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await filters.getByLabel("Kind").selectOption({ label: "Assisted voluntary return" });
  await filters.getByLabel("Age today").selectOption({ label: "Adult" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=AVR/);
  const counted = page.getByRole("button", { name: "Filters (2 active)" });
  await expect(counted).toHaveAttribute("aria-expanded", "false");
  await expect(filters).toBeHidden();
  await counted.click();
  await expect(filters.getByLabel("Kind")).toHaveValue("AVR");
  await counted.click();
  await expect(filters).toBeHidden();

  await page.goto(await concretePath("/cases/new"));
  await expect(page.locator("main form")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/phone-case-form.png", fullPage: true });
  await page.context().close();
});

for (const locale of a11yLocales) {
  test(`in ${locale} the phone layout's states have no axe violation`, async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // seven scans in a row on a busy machine
    const page = await openPage(browser, baseURL!, locale, "CASEWORKER", phone);
    await page.goto("/cases");
    await expectNoA11yViolations(page, "phone case list");
    await page.locator("button[aria-controls=site-menu]").click();
    await expectNoA11yViolations(page, "phone menu open");
    await page.locator("button[aria-controls=site-menu]").click();
    await page.locator("button[aria-controls=case-filters]").click();
    await expectNoA11yViolations(page, "phone filters open");
    for (const pattern of [
      "/cases/[caseId]",
      "/cases/new",
      "/beneficiaries/new",
      "/office/report",
    ]) {
      await page.goto(await concretePath(pattern));
      await expectNoA11yViolations(page, `phone ${pattern}`);
    }
    await page.context().close();
  });
}
