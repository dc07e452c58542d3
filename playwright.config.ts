import { existsSync } from "node:fs";

import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";

// The suite writes and signs in freely: never let it near a database that is not local.
const host = databaseUrl ? new URL(databaseUrl).hostname : "";
if (!["localhost", "127.0.0.1", "::1"].includes(host)) {
  throw new Error(
    "E2E_DATABASE_URL must point to a local test database (run the suite with `npm test`).",
  );
}

// Debian's Chromium where present (no browser download here), Playwright's own elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  // A 2-core machine running the server, the database and the browser at once is slow.
  expect: { timeout: 15_000 },
  use: { baseURL: `http://localhost:${port}`, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
      dependencies: ["setup"],
      testIgnore: /(annual-report|publication)\.spec\.ts/,
    },
    // The report counts every record, so it runs once the other specs have stopped writing.
    {
      name: "report",
      use: { ...devices["Desktop Chrome"], launchOptions },
      dependencies: ["chromium"],
      testMatch: /annual-report\.spec\.ts/,
    },
    // The publication adds the large 2011-2012 demo, so it runs once the report has counted.
    {
      name: "publication",
      use: { ...devices["Desktop Chrome"], launchOptions },
      dependencies: ["report"],
      testMatch: /publication\.spec\.ts/,
    },
  ],
  webServer: {
    // Two app processes behind one port, as `npm start` runs: every spec also checks that
    // nothing a request needs lives in one process's memory.
    command: `node_modules/.bin/tsx lib/cli/serve.ts`,
    url: `http://localhost:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      // The server connects as the app's role; fixtures seed through the owner's URL.
      DATABASE_URL: process.env.E2E_APP_DATABASE_URL ?? databaseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      APP_PROCESSES: "2",
    },
  },
});
