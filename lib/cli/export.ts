import { mkdirSync } from "node:fs";

import { runCli, withCliDatabase } from "@/lib/cli/cli-database";
import { withClient } from "@/lib/cli/database";
import { exportInterchange } from "@/lib/interchange/export-interchange";

// `npm run export -- DIR`: the interchange files, with personal data; for data transfers
// between installations by administrators, never for HQ.
runCli(() =>
  withCliDatabase(async (databaseUrl) => {
    const folder = process.argv[2];
    if (!folder) throw new Error("usage: npm run export -- DIR");
    mkdirSync(folder, { recursive: true });
    await withClient(databaseUrl, (client) => exportInterchange(client, folder));
    console.log(`Exported offices, projects, beneficiaries, cases and services to ${folder}.`);
  }),
);
