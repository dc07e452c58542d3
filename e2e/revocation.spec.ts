import { expect, test } from "@playwright/test";
import { demoPassword, signIn, storageStateFor } from "./fixtures/accounts";

test("an admin's role change ends that user's open session at once", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();

  // A fresh user, so other specs' signed-in states stay valid.
  const email = `revoked-${Date.now()}@demo.passage.test`;
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name", { exact: true }).first().fill("Revocation Test");
  await adminPage.getByLabel("Email").fill(email);
  await adminPage.getByLabel("Role").first().selectOption("HQ");
  await adminPage.getByLabel("Initial password").fill(`${demoPassword}-long`);
  await adminPage.getByRole("button", { name: "Create user" }).click();
  await expect(adminPage.getByText("User created.")).toBeVisible();

  const member = await browser.newContext();
  const memberPage = await member.newPage();
  await signIn(memberPage, email, `${demoPassword}-long`);
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
