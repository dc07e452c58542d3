import { expect, test } from "@playwright/test";

import { createUserAsAdmin, demoPassword, signIn, storageStateFor } from "./fixtures/accounts";
import { lockSignIn } from "./fixtures/database";

const lockedMessage =
  /^This account is temporarily locked after too many failed sign-ins\. Try again after .+ \(in 60 minutes\), or ask an administrator to unlock it\.$/;

test("a locked account is told so and when to retry, exactly as an unknown email is; an admin's unlock lets it in", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();
  // A fresh user, so other specs' accounts are never locked.
  const email = `locked-${Date.now()}@demo.passage.test`;
  const password = `${demoPassword}-long`;
  await createUserAsAdmin(adminPage, { name: "Lockout Test", email, role: "HQ", password });
  const unknown = `nobody-${Date.now()}@demo.passage.test`;
  await lockSignIn(email);
  await lockSignIn(unknown);

  const visitor = await (await browser.newContext()).newPage();
  await signIn(visitor, email, password);
  const alert = visitor.locator("form [role=alert]");
  await expect(alert).toHaveText(lockedMessage);
  const forAccount = await alert.textContent();
  await visitor.screenshot({ path: "e2e/screenshots/sign-in-locked.png" });
  await signIn(visitor, unknown, "whatever-password");
  await expect(alert).toHaveText(lockedMessage);
  expect((await alert.textContent())?.replace(/\d/g, "#")).toBe(forAccount?.replace(/\d/g, "#"));

  await adminPage.reload();
  const row = adminPage.getByTestId(`user-${email}`);
  await expect(row.getByRole("status")).toContainText(
    "Sign-in locked after too many failed attempts, until",
  );
  await adminPage.screenshot({ path: "e2e/screenshots/admin-user-locked.png", fullPage: true });
  await row.getByRole("button", { name: "Unlock sign-in" }).click();
  await expect(row.getByRole("status")).toHaveCount(0);

  // Unlocked, the password is accepted: an HQ user without an authenticator goes to enrollment.
  await signIn(visitor, email, password);
  await expect(visitor).toHaveURL(/\/account\/security$/);
  await admin.close();
  await visitor.context().close();
});
