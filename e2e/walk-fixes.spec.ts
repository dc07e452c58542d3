import { expect, test, type Page } from "@playwright/test";

import { berlinCaseworker, signIn, storageStateFor } from "./fixtures/accounts";
import { queryOne } from "./fixtures/database";

// Fixes from a caseworker's walk through the app (issue 13): each test fails on the code
// before its fix.

async function openCaseOfKind(kind: "AVR" | "VOT" | "REINTEGRATION"): Promise<string> {
  const row = await queryOne<{ id: string }>(
    `SELECT c.id FROM cases c JOIN offices o ON o.id = c.office_id
     WHERE o.code = 'MEX-TAP' AND c.kind = $1::"CaseKind" AND c.status <> 'CLOSED' AND c.anonymised_at IS NULL
     ORDER BY c.ref LIMIT 1`,
    [kind],
  );
  return row.id;
}

// Hydration mismatches and other page errors reach the console (React reports a
// recoverable error there in production builds) or the page's error event.
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("as a caseworker", () => {
  test.use({ storageState: storageStateFor("CASEWORKER") });

  test("Clear on /cases empties the filter form, so the next Apply does not bring the old filters back", async ({
    page,
  }) => {
    await page.goto("/cases");
    const filters = page.getByRole("search", { name: "Filter cases" });
    await filters.getByLabel("Kind").selectOption({ label: "Assisted voluntary return" });
    await filters.getByLabel("Opened from").fill("2020-01-01");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=AVR/);

    await filters.getByRole("button", { name: "Clear" }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expect(filters.getByLabel("Kind")).toHaveValue("");
    await expect(filters.getByLabel("Opened from")).toHaveValue("");

    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/cases$/);
    await expect(filters.getByLabel("Kind")).toHaveValue("");
  });

  test("a page past the end of the case list shows the last page, and the page size can be chosen", async ({
    page,
  }) => {
    await page.goto("/cases?page=99");
    const pages = page.getByRole("navigation", { name: "Pages" });
    const position = await pages.getByText(/^Page \d+ of \d+$/).innerText();
    const [, current, last] = /^Page (\d+) of (\d+)$/.exec(position)!;
    expect(current).toBe(last);
    await expect(pages.getByRole("status")).not.toHaveText(/^\d{4}/);

    await pages.getByRole("link", { name: "Show 50 per page" }).click();
    await expect(page).toHaveURL(/size=50/);
    await expect(page).not.toHaveURL(/page=/);
    await expect(pages.locator('[aria-current="true"]')).toHaveText("50");

    await page.goto("/cases?size=7");
    await expect(pages.locator('[aria-current="true"]')).toHaveText("25");
  });

  test("the service type list offers return travel on an AVR case only", async ({ page }) => {
    await page.goto(`/cases/${await openCaseOfKind("VOT")}`);
    const vot = page.getByRole("form", { name: "Record assistance" }).getByLabel("Type");
    await expect(vot.locator("option", { hasText: "Counselling" })).toHaveCount(1);
    await expect(vot.locator("option", { hasText: "Return travel" })).toHaveCount(0);

    await page.goto(`/cases/${await openCaseOfKind("AVR")}`);
    const avr = page.getByRole("form", { name: "Record assistance" }).getByLabel("Type");
    await expect(avr.locator("option", { hasText: "Return travel" })).toHaveCount(1);
  });

  test("a too-long field says what the limit is", async ({ page }) => {
    await page.goto(`/cases/${await openCaseOfKind("AVR")}`);
    const form = page.getByRole("form", { name: "Record assistance" });
    await form.getByLabel("Provider").fill("p".repeat(201));
    await form.getByRole("button", { name: "Record assistance" }).click();
    await expect(form.getByText("Use 200 characters or fewer.")).toBeVisible();
  });

  test("a case page loads without hydration errors or other console errors", async ({ page }) => {
    const errors = collectPageErrors(page);
    for (const kind of ["AVR", "VOT", "REINTEGRATION"] as const) {
      await page.goto(`/cases/${await openCaseOfKind(kind)}`);
      await expect(page.getByRole("form", { name: "Record assistance" })).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    expect(errors).toEqual([]);
  });

  test.describe("in an office west of UTC", () => {
    test.use({ timezoneId: "America/Mexico_City" });

    test("the consent date defaults to the office's today", async ({ page }) => {
      const officeToday = new Intl.DateTimeFormat("en-CA", {
        timeZone: "America/Mexico_City",
      }).format(new Date());

      await page.goto("/beneficiaries/new");
      await page.getByLabel("The person (or their guardian) consented").check();
      await expect(page.getByLabel("Date of consent")).toHaveValue(officeToday);

      await page.goto(`/cases/${await openCaseOfKind("AVR")}`);
      const consent = page.getByRole("form", { name: "Record consent" });
      await expect(consent.getByLabel("Date of consent")).toHaveValue(officeToday);
    });
  });
});

test.describe("through 127.0.0.1", () => {
  const origin = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
  test.use({ baseURL: origin, storageState: { cookies: [], origins: [] } });

  test("signing out stays on the host the user came in through", async ({ page }) => {
    await signIn(page, berlinCaseworker.email);
    await expect(page).toHaveURL(`${origin}/office`);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${origin}/sign-in`);
  });
});
