import { readFileSync } from "node:fs";

import { expect, test, type Page } from "@playwright/test";
import { createTranslator, type AbstractIntlMessages } from "next-intl";

import { storageStateFor } from "./fixtures/accounts";
import { suffix } from "./fixtures/forms";

// Labels come from the catalogue files as they are when the test runs, never typed here in
// English: the day below then reads whatever the translators wrote. Matched exactly: a
// translated label can be part of another ("Fecha de nacimiento" in the estimated age's).
const catalogueOf = (locale: string) =>
  JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, "utf8")) as AbstractIntlMessages;
const translatorOf = (locale: string) => {
  const translate = createTranslator({ locale, messages: catalogueOf(locale) });
  return (key: string, values?: Record<string, string | number>) =>
    translate(key as never, values as never) as string;
};
const english = translatorOf("en");

async function expectLanguage(page: Page, locale: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

// The navigation says nothing in English where the language has its own words.
async function expectNoEnglishNavigation(page: Page, locale: string) {
  const t = translatorOf(locale);
  const nav = page.getByRole("navigation").first();
  for (const key of ["nav.cases", "nav.office", "nav.account", "nav.reports"]) {
    if (t(key) !== english(key))
      await expect(nav.getByText(english(key), { exact: true })).toHaveCount(0);
  }
}

// Different people, or the second registration would be held as a possible duplicate.
const languages = [
  { locale: "es", dir: "ltr", acceptLanguage: "es-MX", given: "Lucía", birth: "1992-03-04" },
  { locale: "ar", dir: "rtl", acceptLanguage: "ar-JO", given: "Amira", birth: "1987-10-21" },
] as const;

for (const { locale, dir, acceptLanguage, given, birth } of languages) {
  test.describe(`in ${locale}, from the browser's Accept-Language ${acceptLanguage}`, () => {
    test.use({ locale: acceptLanguage });

    test.describe("a caseworker", () => {
      test.use({ storageState: storageStateFor("CASEWORKER") });

      test("registers a beneficiary, opens an AVR case, records a service and finds it", async ({
        page,
      }) => {
        const t = translatorOf(locale);
        const family = `${locale === "ar" ? "Lugha" : "Idioma"}${suffix()}`;
        const avr = t("vocabulary.CaseKind.AVR");

        await page.goto("/beneficiaries/new");
        await expectLanguage(page, locale, dir);
        await expectNoEnglishNavigation(page, locale);
        await page.getByLabel(t("beneficiary.givenName"), { exact: true }).fill(given);
        await page.getByLabel(t("beneficiary.familyName"), { exact: true }).fill(family);
        await page.getByLabel(t("beneficiary.sex"), { exact: true }).selectOption("F");
        await page.getByLabel(t("beneficiary.birthDate"), { exact: true }).fill(birth);
        await page.getByLabel(t("beneficiary.nationality"), { exact: true }).selectOption("HND");
        await page.getByLabel(t("beneficiary.hasConsent"), { exact: true }).check();
        await page.getByLabel(t("beneficiary.consentPurpose"), { exact: true }).fill("Asistencia");
        await page.getByRole("button", { name: t("beneficiary.register") }).click();
        await expect(page).toHaveURL(/\/beneficiaries\/[0-9a-f-]{36}$/);

        await page.getByRole("link", { name: t("beneficiary.openCase", { kind: avr }) }).click();
        await page
          .getByLabel(t("caseForm.migrantCategory"), { exact: true })
          .selectOption("IRREGULAR_STRANDED");
        await page.getByLabel(t("caseForm.returnCountry"), { exact: true }).selectOption("HND");
        await page.getByRole("button", { name: t("caseForm.open", { kind: avr }) }).click();
        await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
        await expect(page.getByTestId("case-status")).toHaveText(t("vocabulary.CaseStatus.OPEN"));

        const service = page.getByRole("form", { name: t("service.add") });
        await service.getByLabel(t("service.type"), { exact: true }).selectOption("COUNSELLING");
        await service.getByRole("button", { name: t("service.add") }).click();
        await expect(page.getByText(t("service.added"))).toBeVisible();
        const services = page.getByRole("table", { name: t("cases.services") });
        await expect(services.getByRole("row")).toHaveCount(2);
        await expect(services).toContainText(t("vocabulary.ServiceType.COUNSELLING"));
        await expectLanguage(page, locale, dir);
        await page.screenshot({ path: `e2e/screenshots/${locale}-case-page.png`, fullPage: true });

        await page.goto("/cases");
        await page.getByLabel(t("caseList.search"), { exact: true }).fill(family.toLowerCase());
        await page.getByLabel(t("cases.kind"), { exact: true }).selectOption("AVR");
        await page.getByRole("button", { name: t("caseList.apply") }).click();
        await expect(page).toHaveURL(/kind=AVR/);
        const rows = page.getByRole("table", { name: t("caseList.title") }).getByRole("row");
        await expect(rows).toHaveCount(2);
        await expect(rows.nth(1)).toContainText(family);
        await expect(rows.nth(1)).toContainText(avr);
        await expectLanguage(page, locale, dir);
        await page.screenshot({ path: `e2e/screenshots/${locale}-cases-list.png`, fullPage: true });
      });
    });

    test.describe("HQ", () => {
      test.use({ storageState: storageStateFor("HQ") });

      test("reads the annual report", async ({ page }) => {
        const t = translatorOf(locale);
        await page.goto("/reports/annual?year=2026");
        await expectLanguage(page, locale, dir);
        await expect(
          page.getByRole("heading", { level: 1, name: t("report.scope.title", { year: 2026 }) }),
        ).toBeVisible();
        await expectNoEnglishNavigation(page, locale);
        await page.screenshot({
          path: `e2e/screenshots/${locale}-annual-report.png`,
          fullPage: true,
        });
      });
    });
  });
}

test.describe("before signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] }, locale: "en-US" });

  test("the sign-in page follows the browser, and the switcher keeps a visitor's choice", async ({
    page,
    context,
  }) => {
    await page.goto("/sign-in");
    await expectLanguage(page, "en", "ltr");

    await page.getByTestId("language-switcher").selectOption("ar");
    await expectLanguage(page, "ar", "rtl");
    await expect(page.getByTestId("language-switcher")).toHaveValue("ar");
    expect((await context.cookies()).find((cookie) => cookie.name === "locale")?.value).toBe("ar");
    await expect(
      page.getByRole("heading", { name: translatorOf("ar")("signIn.title") }),
    ).toBeVisible();

    await page.reload();
    await expectLanguage(page, "ar", "rtl");
  });

  test("a browser asking for Spanish in Mexico gets the sign-in page in Spanish", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "es-MX" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expectLanguage(page, "es", "ltr");
    await expect(
      page.getByRole("heading", { name: translatorOf("es")("signIn.title") }),
    ).toBeVisible();
    await context.close();
  });
});
