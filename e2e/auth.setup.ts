import { expect, test as setup } from "@playwright/test";

import {
  accountFor,
  homeByRole,
  mfaRoles,
  roles,
  signIn,
  storageStateFor,
} from "./fixtures/accounts";
import {
  enrollAuthenticator,
  enterSignInCode,
  freshTotpCode,
  saveAuthenticator,
} from "./fixtures/mfa";

// One signed-in state per role, reused by the specs. The demo's supervisor, HQ and admin
// have no authenticator yet: their first sign-in leads to enrollment, as a real user's would.
for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const { email } = accountFor(role);
    await signIn(page, email);
    if (mfaRoles.includes(role)) {
      await expect(page).toHaveURL(/\/account\/security$/);
      const authenticator = await enrollAuthenticator(page);
      saveAuthenticator(role, authenticator);
      await signIn(page, email);
      await enterSignInCode(page, await freshTotpCode(email, authenticator.secret));
    }
    await expect(page).toHaveURL(new RegExp(`${homeByRole[role]}$`));
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
