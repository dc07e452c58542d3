import { expect, test } from "@playwright/test";

import { homeByRole, roles, storageStateFor } from "./fixtures/accounts";

// The pages must run under their own nonce-based policy. A violation the page catches (zod's
// `new Function` probe) logs nothing to the console but still fires a
// `securitypolicyviolation` event and a report, so the test listens for the event in every
// document the page loads, as well as for console messages.
for (const role of roles) {
  test(`${role}'s pages send a nonce-based CSP and security headers, and break none of it`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateFor(role) });
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportCspViolation", (violation: string) =>
      violations.push(violation),
    );
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportCspViolation: (v: string) => void })
          .reportCspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    const response = await page.goto(homeByRole[role]);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["cache-control"]).toContain("no-store");
    // Client navigation runs scripts and fetches under the same policy.
    await page.getByRole("link", { name: "My account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
    expect(violations).toEqual([]);
    await context.close();
  });
}
