import { expect, test, type Browser } from "@playwright/test";

import { publicActions } from "./fixtures/access-table";
import {
  createUserAsAdmin,
  demoPassword,
  signIn,
  storageStateFor,
  type RoleName,
} from "./fixtures/accounts";
import { builtActions, callAction } from "./fixtures/build-manifest";
import { enrollAuthenticator, enterSignInCode, freshTotpCode, showNewSecret } from "./fixtures/mfa";

const password = `${demoPassword}-mfa`;
const wrongEnrollmentCode =
  "That code is not valid. Enter the current code from your authenticator app.";
const wrongSignInCode =
  "That code is not valid. Enter the current code from your authenticator app, or a recovery code you have not used.";

// Fresh users, so the demo accounts' authenticators and sessions stay as the setup left them.
async function newUser(browser: Browser, role: RoleName) {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();
  const email = `mfa-${role.toLowerCase()}-${Date.now()}@demo.passage.test`;
  await createUserAsAdmin(adminPage, {
    name: `MFA ${role}`,
    email,
    role,
    password,
    office: role === "SUPERVISOR" ? "MEX-TAP · Tapachula" : undefined,
  });
  return { email, adminPage, closeAdmin: () => admin.close() };
}

test("a supervisor must enroll before anything else: other pages, actions and the API stay closed", async ({
  browser,
  page,
  baseURL,
}) => {
  const { email, closeAdmin } = await newUser(browser, "SUPERVISOR");
  await closeAdmin();

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByTestId("mfa-status")).toContainText("Your role requires two-step sign-in");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(0);
  for (const path of ["/office", "/cases", "/review", "/account", "/"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toMatch(/\/account\/security$/);
  }
  expect((await page.request.get("/api/reports/annual?year=2026")).status()).toBe(401);
  for (const action of builtActions()) {
    if (publicActions.includes(action.name)) continue; // no session involved (a set-up link)
    const { body } = await callAction(page.request, baseURL!, action);
    // The enrollment actions and the language switcher take this session (and refuse the
    // empty input); every other refuses it.
    if (
      action.name.endsWith("#startMfaEnrollmentAction") ||
      action.name.endsWith("#confirmMfaEnrollmentAction") ||
      action.name.endsWith("#chooseLanguageAction")
    )
      expect(body, action.name).not.toContain("UNAUTHENTICATED");
    else expect(body, action.name).toContain('"error":"UNAUTHENTICATED"');
  }

  await showNewSecret(page);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText(wrongEnrollmentCode)).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/mfa-enrollment.png", fullPage: true });
  await page.getByLabel("Code from the app").clear();

  const { secret } = await enrollAuthenticator(page);
  await signIn(page, email, password);
  await enterSignInCode(page, await freshTotpCode(email, secret));
  await expect(page).toHaveURL(/\/office$/);
});

test("at sign-in a wrong code is refused, a recovery code works once, and an admin's reset means enrolling again", async ({
  browser,
  page,
}) => {
  const { email, adminPage, closeAdmin } = await newUser(browser, "HQ");
  await signIn(page, email, password);
  const { recoveryCodes } = await enrollAuthenticator(page);

  await signIn(page, email, password);
  await enterSignInCode(page, "123456");
  await expect(page.locator("form [role=alert]")).toHaveText(wrongSignInCode);
  await page.screenshot({ path: "e2e/screenshots/mfa-sign-in-wrong-code.png" });
  await enterSignInCode(page, recoveryCodes[0]!);
  await expect(page).toHaveURL(/\/reports$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, email, password);
  await enterSignInCode(page, recoveryCodes[0]!);
  await expect(page.locator("form [role=alert]")).toHaveText(wrongSignInCode);
  await enterSignInCode(page, recoveryCodes[1]!);
  await expect(page).toHaveURL(/\/reports$/);

  await adminPage.goto("/admin/users");
  const row = adminPage.getByTestId(`user-${email}`);
  await expect(row).toContainText("two-step sign-in on");
  await row.getByRole("button", { name: "Reset two-step sign-in" }).click();
  await expect(row).toContainText("two-step sign-in off");
  await closeAdmin();

  await page.goto("/reports");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/account\/security$/);
});
