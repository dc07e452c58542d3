import pg from "pg";

import { setFallbackDbContextForTests } from "@/lib/db-context";

// Each vitest worker gets its own database cloned from the migrated template that
// `npm test` prepared, so test files in parallel never see each other's rows.
const templateUrl = process.env.TEST_TEMPLATE_DATABASE_URL;
if (templateUrl && !process.env.PASSAGE_WORKER_DATABASE_URL) {
  const template = new URL(templateUrl);
  const templateName = template.pathname.slice(1);
  const workerName = `${templateName}_w${process.env.VITEST_POOL_ID ?? "0"}`;
  const admin = new URL(templateUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [workerName]);
  if (!exists.rowCount) {
    await client.query(`CREATE DATABASE "${workerName}" TEMPLATE "${templateName}"`);
    // A clone does not inherit database grants; pg-boss creates its schema as the app's role.
    await client.query(`GRANT CONNECT, CREATE ON DATABASE "${workerName}" TO passage_app`);
  }
  await client.end();
  template.pathname = `/${workerName}`;
  process.env.PASSAGE_WORKER_DATABASE_URL = template.toString();
}
const ownerUrl = process.env.PASSAGE_WORKER_DATABASE_URL;
const appPassword = process.env.TEST_APP_DATABASE_PASSWORD;
if (ownerUrl) {
  // lib/testing/owner-db.ts resets tables as the owner; everything else connects as the
  // app's role (lib/db), under row-level security.
  process.env.PASSAGE_OWNER_DATABASE_URL = ownerUrl;
  const appUrl = new URL(ownerUrl);
  if (appPassword) {
    appUrl.username = "passage_app";
    appUrl.password = appPassword;
  }
  process.env.DATABASE_URL = appUrl.toString();
}
// Tests call domain functions without the request wrappers that set the acting user; they
// run in system scope unless a test sets one (lib/security/row-level-security.*.test.ts).
setFallbackDbContextForTests({ userId: null, officeId: null, scope: "all" });
// Sealed URL text and session signing need a secret; tests use a fixed one.
process.env.NEXTAUTH_SECRET ??= "vitest-secret";
