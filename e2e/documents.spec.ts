import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { expectNoA11yViolations } from "./fixtures/a11y";
import { storageStateFor } from "./fixtures/accounts";
import { registerBeneficiary, suffix } from "./fixtures/forms";

// A small, valid one-page PDF, made here so that the test ships no binary.
function signedConsentPdf(name: string): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${44 + name.length} >>\nstream\nBT /F1 18 Tf 20 100 Td (Signed: ${name}) Tj ET\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

test("a signed consent form is uploaded with a refused program beside it, linked to its consent, downloaded byte for byte, previewed inside the CSP, and deleted with a reason", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ storageState: storageStateFor("CASEWORKER") });
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (violation: string) =>
    violations.push(violation),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (v: string) => void })
        .reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });

  const family = `Documents${suffix()}`;
  await registerBeneficiary(page, {
    given: "Rosa",
    family,
    sex: "Female",
    birth: "1990-02-02",
    nationality: "Honduras",
  });
  await page.getByRole("link", { name: "Open Reintegration case" }).click();
  await page.getByLabel("Country of origin").selectOption({ label: "Honduras" });
  await page.getByRole("button", { name: "Open Reintegration case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
  const consentForm = page.getByRole("form", { name: "Record consent" });
  await consentForm.getByLabel("Purpose").selectOption({ label: "Assistance and case management" });
  await consentForm.getByLabel("Date of consent").press("Enter");
  await expect(consentForm.getByRole("status")).toHaveText("Consent recorded.");

  // Two files at once: the signed form, and a Windows program renamed .pdf.
  const fileName = `consent-${family}.pdf`;
  const pdf = signedConsentPdf(family);
  await page.getByLabel("Type of document").selectOption({ label: "Signed consent form" });
  const consentOption = page
    .getByLabel("Proves consent")
    .locator("option", { hasText: "Assistance and case management" });
  await page
    .getByLabel("Proves consent")
    .selectOption((await consentOption.getAttribute("value"))!);
  await page.getByLabel("Files to upload").setInputFiles([
    { name: fileName, mimeType: "application/pdf", buffer: pdf },
    {
      name: "invoice.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00"), Buffer.alloc(2048, 7)]),
    },
  ]);
  await expect(page.getByText("This file is not a PDF, PNG, JPEG or WebP image.")).toBeVisible();
  const documents = page.getByRole("table", { name: "Documents of this case" });
  const row = documents.getByRole("row", { name: new RegExp(fileName) });
  await expect(row).toContainText("Signed consent form");
  await expect(row).toContainText("Assistance and case management");
  await expect(documents.getByRole("row")).toHaveCount(2); // the header and the one stored file
  await expectNoA11yViolations(page, "a case with a document and a refused upload");

  // Download: the same bytes, as an attachment under the file's name.
  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: `Download ${fileName}` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(fileName);
  expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);
  const href = await row.getByRole("link", { name: `Download ${fileName}` }).getAttribute("href");
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);

  // Preview: a same-origin frame that the page's CSP and the response's headers allow.
  await row.getByRole("button", { name: "Preview" }).click();
  const frame = page.getByTitle(`Preview of ${fileName}`);
  await expect(frame).toBeVisible();
  const preview = await page.request.get(`${href}/preview`);
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("application/pdf");
  expect(preview.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(preview.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect((await preview.body()).equals(pdf)).toBe(true);
  await row.getByRole("button", { name: "Hide preview" }).click();

  // Delete with a reason: the row stays with the reason; the file is gone.
  await row.getByText("Delete document").click();
  await row.getByLabel("Reason for deleting").fill("Scanned the wrong page");
  await row.getByRole("button", { name: "Delete the file" }).click();
  await expect(row).toContainText("Scanned the wrong page");
  await expect(row.getByRole("link", { name: `Download ${fileName}` })).toHaveCount(0);
  expect((await page.request.get(href!)).status()).toBe(404);
  await expectNoA11yViolations(page, "a case with a deleted document");
  expect(violations).toEqual([]);
  await context.close();
});
