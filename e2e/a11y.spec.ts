import { expect, test, type Page } from "@playwright/test";

import { a11yLocales, expectNoA11yViolations, openPage } from "./fixtures/a11y";
import { pageAccess } from "./fixtures/access-table";
import { accountFor, demoPassword, roles, type RoleName } from "./fixtures/accounts";
import { concretePath } from "./fixtures/pages";

// axe over every page of the access table, as each role allowed in sees it (pages differ by
// role), and over the states the other specs reach: forms showing their errors, empty lists,
// the sign-in code step, error pages. Selectors avoid visible text: the same walk runs in
// every locale. The phone layout's own states are scanned in phone-layout.spec.ts.
const unreachable = new Set(["/_global-error"]);
const pagesFor = (role: RoleName | null) =>
  Object.entries(pageAccess)
    .filter(([pattern, access]) =>
      unreachable.has(pattern)
        ? false
        : role === null
          ? access === "public"
          : access === "signed-in" || (Array.isArray(access) && access.includes(role)),
    )
    .map(([pattern]) => pattern);

const submitIn = (page: Page, form: string) =>
  page.locator(`${form} button[type=submit]`).first().click();

for (const locale of a11yLocales) {
  test.describe(`in ${locale}`, () => {
    for (const role of [null, ...roles]) {
      for (const pattern of pagesFor(role)) {
        test(`${role ?? "anonymous"} ${pattern}`, async ({ browser, baseURL }) => {
          const page = await openPage(browser, baseURL!, locale, role);
          await page.goto(await concretePath(pattern));
          await expectNoA11yViolations(page, `${pattern} as ${role ?? "anonymous"}`);
          await page.context().close();
        });
      }
    }

    test("forms showing their errors, empty list, error pages", async ({ browser, baseURL }) => {
      test.slow(); // eleven scans in a row on a busy machine
      const anonymous = await openPage(browser, baseURL!, locale, null);
      await anonymous.goto("/sign-in");
      await submitIn(anonymous, "main form");
      await expect(anonymous.locator("[aria-invalid=true]").first()).toBeVisible();
      await expectNoA11yViolations(anonymous, "sign-in with errors");
      await anonymous.locator("#email").fill(accountFor("SUPERVISOR").email);
      await anonymous.locator("#password").fill(demoPassword);
      await submitIn(anonymous, "main form");
      await expect(anonymous.locator("input[autocomplete=one-time-code]")).toBeVisible();
      await expectNoA11yViolations(anonymous, "sign-in code step");
      await anonymous.context().close();

      const caseworker = await openPage(browser, baseURL!, locale, "CASEWORKER");
      await caseworker.goto("/beneficiaries/new");
      await submitIn(caseworker, "main form");
      await expect(caseworker.locator("#beneficiary-givenName-error")).toBeVisible();
      await expectNoA11yViolations(caseworker, "beneficiary form with errors");
      await caseworker.goto(await concretePath("/cases/new"));
      await submitIn(caseworker, "main form");
      await expect(caseworker.locator("[aria-invalid=true]").first()).toBeVisible();
      await expectNoA11yViolations(caseworker, "case form with errors");
      await caseworker.goto(await concretePath("/cases/[caseId]"));
      const service = caseworker.locator("form:has(#service-type)");
      await caseworker.locator("#service-amount").fill("-1");
      await submitIn(caseworker, "form:has(#service-type)");
      await expect(service.locator("[aria-invalid=true]").first()).toBeVisible();
      await expectNoA11yViolations(caseworker, "service form with errors");
      // A recorded service gives the case a timeline, whose timestamps axe must read too.
      await caseworker.locator("#service-amount").fill("");
      await submitIn(caseworker, "form:has(#service-type)");
      await expect(caseworker.getByTestId("case-timeline")).toBeVisible();
      await expectNoA11yViolations(caseworker, "case with its timeline");
      await caseworker.goto("/cases?openedFrom=2099-01-01");
      await expect(caseworker.locator("main table")).toHaveCount(0);
      await expectNoA11yViolations(caseworker, "empty case list");
      await caseworker.goto("/account");
      await submitIn(caseworker, "form:has(#account-currentPassword)");
      await expect(caseworker.locator("[aria-invalid=true]").first()).toBeVisible();
      await expectNoA11yViolations(caseworker, "change password with errors");
      await caseworker.goto("/admin");
      await expectNoA11yViolations(caseworker, "forbidden page");
      await caseworker.goto("/cases/00000000-0000-4000-8000-000000000000");
      await expectNoA11yViolations(caseworker, "unknown case");
      await caseworker.context().close();

      const admin = await openPage(browser, baseURL!, locale, "ADMIN");
      await admin.goto("/admin/users");
      await submitIn(admin, "form:has(#user-name)");
      await expect(admin.locator("#user-name-error")).toBeVisible();
      await expectNoA11yViolations(admin, "new user form with errors");
      await admin.context().close();
    });
  });
}
