// kit-exempt: no app data; it drives the export worker's Chromium only.
import { afterAll, describe, expect, it } from "vitest";

import { closeBrowser, renderPdf, sharedBrowser } from "./render-report-pdf";

const publication = {
  title: "Annual report 2012",
  html: "<!doctype html><html><body><p>Figures</p></body></html>",
  headerTemplate: "<span>Filter: none</span>",
  footerTemplate: '<span class="pageNumber"></span>',
};

afterAll(closeBrowser);

describe("the export worker's Chromium", () => {
  it("is launched once and reused by every PDF", async () => {
    const first = await sharedBrowser();
    expect((await renderPdf(publication)).subarray(0, 4).toString()).toBe("%PDF");
    expect((await renderPdf(publication)).subarray(0, 4).toString()).toBe("%PDF");
    expect(await sharedBrowser()).toBe(first);
    // Each PDF closes its own context: nothing accumulates in the shared browser.
    expect(first.contexts()).toHaveLength(0);
  }, 60_000);

  it("is launched again when it died, and closed when the worker stops", async () => {
    const dead = await sharedBrowser();
    await dead.close();
    expect((await renderPdf(publication)).subarray(0, 4).toString()).toBe("%PDF");
    const relaunched = await sharedBrowser();
    expect(relaunched).not.toBe(dead);
    expect(relaunched.isConnected()).toBe(true);
    await closeBrowser();
    expect(relaunched.isConnected()).toBe(false);
  }, 60_000);
});
