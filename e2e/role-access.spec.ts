import { expect, test } from "@playwright/test";

import { actionAccess, pageAccess, publicActions, routeAccess } from "./fixtures/access-table";
import { roles, storageStateFor, type RoleName } from "./fixtures/accounts";
import {
  builtActions,
  builtPages,
  builtRouteHandlers,
  callAction,
} from "./fixtures/build-manifest";
import { concretePath } from "./fixtures/pages";

test("the access table covers every page, route handler and server action of the build", () => {
  expect(builtPages().sort()).toEqual(Object.keys(pageAccess).sort());
  expect(builtRouteHandlers().sort()).toEqual(Object.keys(routeAccess).sort());
  expect(
    builtActions()
      .map((action) => action.name)
      .sort(),
  ).toEqual(Object.keys(actionAccess).sort());
});

test.describe("anonymous visitor", () => {
  for (const [pattern, access] of Object.entries(pageAccess)) {
    if (access === "public") continue;
    test(`is sent to sign-in from ${pattern}`, async ({ request }) => {
      const response = await request.get(await concretePath(pattern), { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toMatch(/\/sign-in/);
    });
  }

  test("is refused by every server action but the public ones, which refuse an empty payload", async ({
    request,
    baseURL,
  }) => {
    for (const action of builtActions()) {
      const { body } = await callAction(request, baseURL!, action);
      const expected = publicActions.includes(action.name) ? "VALIDATION" : "UNAUTHENTICATED";
      expect(body, action.name).toContain(`"error":"${expected}"`);
    }
  });
});

for (const role of roles) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("gets each page or a 403 exactly as the access table says", async ({ page }) => {
      for (const [pattern, access] of Object.entries(pageAccess)) {
        if (access === "public" || access === "signed-in") continue;
        const response = await page.request.get(await concretePath(pattern), { maxRedirects: 0 });
        const expected = (access as readonly RoleName[]).includes(role) ? 200 : 403;
        expect(response.status(), `${role} ${pattern}`).toBe(expected);
        expect(response.headers()["cache-control"], pattern).toContain("no-store");
      }
    });

    test("is refused by the server actions of other roles", async ({ page, baseURL }) => {
      for (const action of builtActions()) {
        if (actionAccess[action.name]?.includes(role)) continue;
        const { body } = await callAction(page.request, baseURL!, action);
        expect(body, action.name).toContain('"error":"FORBIDDEN"');
      }
    });
  });
}
