import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { storageStateFor } from "./fixtures/accounts";

// HTCDS exports (docs/htcds.md): HQ downloads the k-anonymised file, a supervisor the
// case-level file for a data-sharing agreement, without names unless asked for.

test("HQ downloads the anonymised HTCDS file, with CTDC's column names and the share kept", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("HQ") });
  const page = await context.newPage();
  await page.goto("/reports/htcds");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HTCDS data sharing");
  await expect(page.getByTestId("htcds-kept-share")).toHaveText(/%/);
  await expect(page.getByRole("button", { name: /case-level/ })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the anonymised file (CSV)" }).click();
  const text = await readFile((await (await download).path())!, "utf8");
  expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
    "yearOfRegistration,gender,ageBroad,majorityStatus,citizenship,CountryOfExploitation,typeOfExploitConcatenated",
  );
  for (const personal of ["Quispe", "Ramírez", "MEX-TAP-"]) expect(text).not.toContain(personal);
  await context.close();
});

test("a supervisor downloads the case-level HTCDS file, which needs a reason and has no names by default", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("SUPERVISOR") });
  const page = await context.newPage();
  await page.goto("/reports/htcds");
  const submit = page.getByRole("button", { name: "Download the case-level file (CSV)" });
  await submit.click();
  await expect(page.locator("#htcds-reason-error")).toHaveText("This field is required.");

  await page.getByLabel("Reason for the export").fill("E2E data-sharing agreement check");
  const download = page.waitForEvent("download");
  await submit.click();
  const text = await readFile((await (await download).path())!, "utf8");
  const header = text
    .replace(/^\uFEFF/, "")
    .split("\r\n")[0]!
    .split(",");
  expect(header.slice(0, 3)).toStrictEqual(["yearOfRegistration", "prs_Gender", "ageBroad"]);
  expect(header).toContain("vic_TypeOfExploitation");
  expect(header).not.toContain("prs_FirstName");
  await expect(page.getByRole("status")).toContainText("Downloaded");
  await context.close();
});
