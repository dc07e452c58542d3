import { expect, test } from "@playwright/test";

import {
  accountFor,
  createUserAsAdmin,
  demoPassword,
  setPasswordThroughLink,
  signIn,
  storageStateFor,
} from "./fixtures/accounts";

test("an admin creates a caseworker with a set-up link, never a password; the user sets their own, signs in, and the link stops working", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  await expect(adminPage.locator("form input[type=password]")).toHaveCount(0);

  const email = `set-up-${Date.now()}@demo.passage.test`;
  const password = `${demoPassword}-chosen`;
  const link = await createUserAsAdmin(adminPage, {
    name: "Set-up Test",
    email,
    role: "CASEWORKER",
    password,
    office: "MEX-TAP · Tapachula",
  });
  expect(new URL(link).pathname).toMatch(/^\/set-up\/[A-Za-z0-9_-]{43}$/);
  await adminPage.screenshot({ path: "e2e/screenshots/admin-setup-link.png" });

  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, email, password);
  await expect(memberPage).toHaveURL(/\/office$/);
  await expect(memberPage.getByTestId("signed-in-user")).toContainText("Set-up Test");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await expect(visitor.locator("main [role=alert]")).toContainText(
    "This set-up link no longer works",
  );
  await expect(visitor.getByLabel("New password", { exact: true })).toHaveCount(0);

  // The office's supervisor hears of the new member.
  expect(accountFor("SUPERVISOR").office).toBe("MEX-TAP");
  const supervisor = await browser.newContext({ storageState: storageStateFor("SUPERVISOR") });
  const supervisorPage = await supervisor.newPage();
  await supervisorPage.goto("/inbox");
  await expect(supervisorPage.getByText(`Set-up Test (${email})`)).toBeVisible();

  await Promise.all([admin.close(), member.close(), supervisor.close()]);
});

test("an admin's reset ends the user's session and hands over a new link, by which they choose a new password", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();
  const email = `reset-${Date.now()}@demo.passage.test`;
  const password = `${demoPassword}-chosen`;
  const link = await createUserAsAdmin(adminPage, {
    name: "Reset Test",
    email,
    role: "CASEWORKER",
    password,
    office: "MEX-TAP · Tapachula",
  });
  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, email, password);
  await expect(memberPage).toHaveURL(/\/office$/);

  await adminPage.reload();
  const row = adminPage.getByTestId(`user-${email}`);
  await row.getByRole("button", { name: "Reset password" }).click();
  const resetLink = await row.getByTestId("setup-link").inputValue();
  expect(resetLink).not.toBe(link);
  await memberPage.goto("/office");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await setPasswordThroughLink(browser, resetLink, `${password}-again`);
  await signIn(memberPage, email, `${password}-again`);
  await expect(memberPage).toHaveURL(/\/office$/);

  await Promise.all([admin.close(), member.close()]);
});
