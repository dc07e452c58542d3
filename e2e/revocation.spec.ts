import { expect, test } from "@playwright/test";

import { createUserAsAdmin, demoPassword, signIn, storageStateFor } from "./fixtures/accounts";
import { enrollAuthenticator, enterSignInCode, freshTotpCode } from "./fixtures/mfa";

test("an admin's role change ends that user's open session at once", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();

  // A fresh user, so other specs' signed-in states stay valid.
  const email = `revoked-${Date.now()}@demo.passage.test`;
  const password = `${demoPassword}-long`;
  await createUserAsAdmin(adminPage, { name: "Revocation Test", email, role: "HQ", password });

  // HQ signs in with a code: the new user enrolls first, then signs in with it.
  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, email, password);
  await expect(memberPage).toHaveURL(/\/account\/security$/);
  const { secret } = await enrollAuthenticator(memberPage);
  await signIn(memberPage, email, password);
  await enterSignInCode(memberPage, await freshTotpCode(email, secret));
  await expect(memberPage).toHaveURL(/\/reports$/);

  const row = adminPage.getByTestId(`user-${email}`);
  await row.getByLabel("Role").selectOption("ADMIN");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Changes saved.", { exact: false })).toBeVisible();

  await memberPage.goto("/reports");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await admin.close();
  await member.close();
});
