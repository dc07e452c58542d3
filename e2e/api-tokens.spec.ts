import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

test.use({ storageState: storageStateFor("HQ") });

// The demo's current year is published (the annual-report spec opens on it); data for another
// year would change the year the report and the dashboard open on for every other spec.
const year = new Date().getUTCFullYear();

// Playwright hands a new request context the file's signed-in state unless told otherwise.
const noCookies = { cookies: [], origins: [] };

test("HQ creates a personal access token, reads the current year's report with it, then revokes it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const name = `HDX sync ${Date.now()}`;
  await page.goto("/account");
  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Valid for (days, at most 365)").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^psg_/);
  await page.screenshot({ path: "e2e/screenshots/account-api-tokens.png", fullPage: true });

  // A client with no cookies at all: only the token speaks for the user.
  const api = await playwright.request.newContext({
    baseURL,
    storageState: noCookies,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const annual = await api.get(`/api/v1/reports/annual?year=${year}`);
  expect(annual.status()).toBe(200);
  const report = await annual.json();
  expect(report).toMatchObject({ year });
  expect(report.migrantsAssisted).toBeGreaterThanOrEqual(10);
  const session = await page.request.get(`/api/reports/annual?year=${year}`);
  expect(report).toEqual(await session.json());

  const hxl = await api.get("/api/v1/reports/hxl");
  expect(hxl.status()).toBe(200);
  expect((await hxl.text()).split("\r\n")[1]).toMatch(/^#date\+year,#indicator\+code,/);

  // The token opens the aggregates API only: not the session routes, not the pages.
  expect((await api.get(`/api/reports/annual?year=${year}`)).status()).toBe(401);
  const pageWithToken = await api.get("/reports", { maxRedirects: 0 });
  expect(pageWithToken.status()).toBe(307);

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");
  await page.getByRole("button", { name: `Revoke token ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");

  expect((await api.get(`/api/v1/reports/annual?year=${year}`)).status()).toBe(401);
  await api.dispose();
});

test("the API's OpenAPI description is public and lists the report", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: noCookies });
  const response = await anonymous.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/reports/annual");
  expect((await anonymous.get(`/api/v1/reports/annual?year=${year}`)).status()).toBe(401);
  await anonymous.dispose();
});
