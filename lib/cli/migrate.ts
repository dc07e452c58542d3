import { runCli } from "@/lib/cli/cli-database";
import { APP_ROLE, appRoleUrl, migrate } from "@/lib/cli/database";

// `npm run db:migrate`: applies the migrations as the owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL). When DATABASE_URL names passage_app with a password, the owner sets that
// password, so docker-compose needs no manual step; elsewhere an operator sets it once.
runCli(async () => {
  const appUrl = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;
  const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!ownerUrl)
    throw new Error(
      "set MIGRATION_DATABASE_URL (the tables' owner) and DATABASE_URL (passage_app)",
    );
  await migrate(ownerUrl);
  if (process.env.MIGRATION_DATABASE_URL && appUrl?.username === APP_ROLE && appUrl.password) {
    await appRoleUrl(ownerUrl, decodeURIComponent(appUrl.password));
    console.log(`${APP_ROLE} can sign in with the password in DATABASE_URL.`);
  }
});
