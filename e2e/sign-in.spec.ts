import { expect, test } from "@playwright/test";

import {
  accountFor,
  deactivatedDemoAccount,
  demoPassword,
  homeByRole,
  roles,
  signIn,
} from "./fixtures/accounts";
import { queryOne } from "./fixtures/database";
import { signInAsRole } from "./fixtures/mfa";

const invalidMessage = "The email or password is incorrect, or the account is not active.";

test.describe("signing in", () => {
  for (const role of roles) {
    test(`${role} lands on their home page showing data from the database`, async ({ page }) => {
      const account = accountFor(role);
      await signInAsRole(page, role);
      await expect(page).toHaveURL(new RegExp(`${homeByRole[role]}$`));
      await expect(page.getByTestId("signed-in-user")).toContainText(account.name);
      // Each home shows counts from the demo records, not placeholder text.
      const firstStat = page.locator("dd[data-testid^='stat-']").first();
      await expect(firstStat).toHaveText(/^[1-9][0-9,]*$/);
      await page.screenshot({
        path: `e2e/screenshots/home-${role.toLowerCase()}.png`,
        fullPage: true,
      });
    });
  }

  test("a wrong password, an unknown email and a deactivated account get the same message", async ({
    page,
  }) => {
    const attempts = [
      { email: accountFor("CASEWORKER").email, password: "not-the-password" },
      { email: "nobody-here@demo.passage.test", password: "whatever-password" },
      { email: deactivatedDemoAccount.email, password: undefined },
    ];
    for (const attempt of attempts) {
      await signIn(page, attempt.email, attempt.password);
      await expect(page.locator("form [role=alert]")).toHaveText(invalidMessage);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    await page.screenshot({ path: "e2e/screenshots/sign-in-error.png" });
  });

  test("signing out ends the session on the server", async ({ page }) => {
    await signInAsRole(page, "SUPERVISOR");
    await expect(page).toHaveURL(/\/office$/);
    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // Replaying the old cookie must not bring the session back.
    await page.context().addCookies(cookies);
    await page.goto("/office");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  // Reported payloads: a backslash and a tab both make the browser read another host.
  for (const callbackUrl of ["%2F%5Cevil.example%2Fx", "%2F%09%2Fevil.example"]) {
    test(`signing in from /sign-in?callbackUrl=${callbackUrl} stays on the app`, async ({
      page,
    }) => {
      const account = accountFor("CASEWORKER");
      await page.goto(`/sign-in?callbackUrl=${callbackUrl}`);
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(demoPassword);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("signed-in-user")).toContainText(account.name);
      await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/office$/);
    });
  }

  test("the per-IP sign-in limit counts the socket address, not a client's X-Forwarded-For", async ({
    request,
  }) => {
    const spoofed = ["198.51.100.77", "198.51.100.78, 198.51.100.79"];
    for (const forwardedFor of spoofed) {
      const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
      const response = await request.post("/api/auth/callback/credentials", {
        form: {
          csrfToken,
          email: "nobody-ip-test@demo.passage.test",
          password: "wrong-password",
          json: "true",
        },
        headers: { "x-forwarded-for": forwardedFor },
        maxRedirects: 0,
      });
      expect(response.status()).toBeLessThan(500);
    }
    const { spoofedKeys, loopbackPoints } = await queryOne<{
      spoofedKeys: number;
      loopbackPoints: number;
    }>(
      `SELECT count(*) FILTER (WHERE key LIKE 'sign-in-ip:198.51.100.%')::int AS "spoofedKeys",
              coalesce(sum(points) FILTER (WHERE key ~ '^sign-in-ip:(::1|127\\.0\\.0\\.1|::ffff:127\\.0\\.0\\.1)$'), 0)::int AS "loopbackPoints"
       FROM throttle_counters`,
    );
    expect(spoofedKeys).toBe(0);
    expect(loopbackPoints).toBeGreaterThanOrEqual(2);
  });
});
