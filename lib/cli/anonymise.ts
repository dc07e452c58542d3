import { parseArgs } from "node:util";

import { runCli, withCliDatabase } from "@/lib/cli/cli-database";
import { formatDay, toDay, today } from "@/lib/dates";
import { day } from "@/lib/forms/fields";

// `npm run anonymise [-- --dry-run] [--as-of YYYY-MM-DD]`: anonymises closed cases whose
// retention period is over and that are not on legal hold, then prints the counts.
runCli(() =>
  withCliDatabase(async () => {
    const { values } = parseArgs({
      options: { "dry-run": { type: "boolean", default: false }, "as-of": { type: "string" } },
    });
    const asOfText = values["as-of"] ?? formatDay(today());
    if (!day.safeParse(asOfText).success) throw new Error("--as-of must be a date, YYYY-MM-DD");
    const asOf = toDay(asOfText);
    const { db } = await import("@/lib/db");
    const { anonymiseExpiredCases } = await import("@/lib/retention/anonymise-expired-cases");
    const { asSystem } = await import("@/lib/db-context");
    try {
      const dryRun = values["dry-run"];
      const summary = await asSystem("anonymise", () =>
        anonymiseExpiredCases(db, { asOf, dryRun }),
      );
      const verb = dryRun ? "Would anonymise" : "Anonymised";
      console.log(
        `Retention check as of ${formatDay(asOf)}${dryRun ? " (dry run, nothing written)" : ""}:`,
      );
      console.log(
        `  ${summary.expired} closed case(s) past retention, ${summary.onLegalHold} of them on legal hold (kept)`,
      );
      console.log(
        `  ${verb} ${summary.cases} case(s) and ${summary.beneficiaries} beneficiary record(s)`,
      );
    } finally {
      await db.$disconnect();
    }
  }),
);
