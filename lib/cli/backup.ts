import { parseArgs } from "node:util";

import { backupDatabase } from "@/lib/backup/backup-database";
import { backupDatabaseUrl } from "@/lib/backup/pg-connection";
import { runCli, withCliDatabase } from "@/lib/cli/cli-database";

// `npm run backup -- FILE`: BACKUP_DATABASE_URL (else MIGRATION_DATABASE_URL, DATABASE_URL,
// or the embedded database of `npm start`) into FILE, pg_dump's custom format.
runCli(() =>
  withCliDatabase(async () => {
    const { positionals } = parseArgs({ allowPositionals: true });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new Error("Usage: npm run backup -- FILE");
    const started = performance.now();
    const result = await backupDatabase(backupDatabaseUrl()!, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Backup written to ${result.file}: ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds} s (pg_dump ${result.clientMajor}).`,
    );
  }),
);
