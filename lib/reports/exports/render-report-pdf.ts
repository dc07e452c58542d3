import { existsSync } from "node:fs";

import { chromium } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// Chromium prints the HTML to PDF (right-to-left scripts shape correctly there).
export async function renderPdf(html: string): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath:
      process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
  } finally {
    await browser.close();
  }
}
