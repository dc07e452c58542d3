import { parseArgs } from "node:util";

import { restoreDatabaseUrl } from "@/lib/backup/pg-connection";
import { restoreDatabase } from "@/lib/backup/restore-database";
import { runCli, withCliDatabase } from "@/lib/cli/cli-database";

// `npm run restore -- FILE [--clean]`: a backup of `npm run backup` into MIGRATION_DATABASE_URL
// (else DATABASE_URL, or the embedded database of `npm start`), which must be empty
// unless --clean replaces its contents. All or nothing.
runCli(() =>
  withCliDatabase(async () => {
    const { positionals, values } = parseArgs({
      allowPositionals: true,
      options: { clean: { type: "boolean", default: false } },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1)
      throw new Error("Usage: npm run restore -- FILE [--clean]");
    const started = performance.now();
    const result = await restoreDatabase(restoreDatabaseUrl()!, file, { clean: values.clean });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${file} in ${seconds} s (pg_restore ${result.clientMajor}).`);
  }),
);
