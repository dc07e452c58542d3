import { expect, test as setup } from "@playwright/test";
import { accountFor, homeByRole, roles, signIn, storageStateFor } from "./fixtures/accounts";

// One signed-in state per role, reused by the specs.
for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, accountFor(role).email);
    await expect(page).toHaveURL(new RegExp(`${homeByRole[role]}$`));
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
