import { existsSync } from "node:fs";

import { chromium, type Browser } from "playwright-core";

import type { Publication } from "./render-report-html";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// One Chromium for the worker's lifetime: launched on the first PDF, reused by the next ones,
// launched again if it died, closed when the worker stops (closeBrowser).
let running: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  const launched = chromium.launch({
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
  launched.then(
    (browser) =>
      browser.on("disconnected", () => {
        if (running === launched) running = null;
      }),
    () => {
      if (running === launched) running = null;
    },
  );
  return launched;
}

export async function sharedBrowser(): Promise<Browser> {
  const current = running ? await running.catch(() => null) : null;
  if (current?.isConnected()) return current;
  running = launch();
  return running;
}

export async function closeBrowser(): Promise<void> {
  const current = running;
  running = null;
  await (await current?.catch(() => null))?.close();
}

// Chromium prints the publication to PDF (right-to-left scripts shape correctly there), with
// the running header and footer ("Page N of M") on every page.
export async function renderPdf(publication: Publication): Promise<Buffer> {
  const context = await (await sharedBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.setContent(publication.html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: publication.headerTemplate,
      footerTemplate: publication.footerTemplate,
      margin: { top: "20mm", bottom: "20mm", left: "16mm", right: "16mm" },
    });
  } finally {
    await context.close();
  }
}
