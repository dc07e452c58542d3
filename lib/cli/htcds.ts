import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { runCli, withCliDatabase } from "@/lib/cli/cli-database";

// `npm run htcds -- --as EMAIL [--office CODE] [--year-from YYYY] [--year-to YYYY] [--out FILE]`:
// the k-anonymised HTCDS file (docs/htcds.md) as that HQ user or supervisor would download
// it, logged and audited under their name; prints the share of records kept.
runCli(() =>
  withCliDatabase(async () => {
    const { values } = parseArgs({
      options: {
        as: { type: "string" },
        office: { type: "string" },
        "year-from": { type: "string" },
        "year-to": { type: "string" },
        out: { type: "string", default: "htcds-anonymised.csv" },
      },
    });
    if (!values.as)
      throw new Error("usage: npm run htcds -- --as EMAIL [--office CODE] [--out FILE]");
    const { db } = await import("@/lib/db");
    const { asSystem } = await import("@/lib/db-context");
    const { actorSelect } = await import("@/lib/auth/actor");
    const { anonymisedExportSchema } = await import("@/lib/htcds/schemas");
    const { exportAnonymisedHtcds } = await import("@/lib/htcds/export-anonymised-htcds");
    const email = values.as.toLowerCase();
    const [actor, office] = await asSystem("export", () =>
      Promise.all([
        db.user.findFirst({ where: { email, isActive: true }, select: actorSelect }),
        values.office
          ? db.office.findUnique({ where: { code: values.office }, select: { id: true } })
          : null,
      ]),
    );
    if (!actor) throw new Error(`No active user ${email}.`);
    if (values.office && !office) throw new Error(`No office ${values.office}.`);
    const input = anonymisedExportSchema.parse({
      office: office?.id ?? "",
      yearFrom: values["year-from"] ?? "",
      yearTo: values["year-to"] ?? "",
    });
    const file = await exportAnonymisedHtcds(actor, input);
    writeFileSync(values.out, file.csv);
    const share = ((file.keptShare ?? 0) * 100).toFixed(1);
    console.log(
      `Wrote ${file.rowCount} record(s) to ${values.out}; share of records kept: ${share} %.`,
    );
  }),
);
