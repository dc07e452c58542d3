import { runCli, withCliDatabase } from "@/lib/cli/cli-database";
import { withClient } from "@/lib/cli/database";
import { formatRowError } from "@/lib/interchange/columns";
import { folderSources } from "@/lib/interchange/folder-sources";
import { importInterchange } from "@/lib/interchange/import-interchange";

// `npm run import -- DIR`: all or nothing; every bad row is printed as file:line: column: message.
runCli(() =>
  withCliDatabase(async (databaseUrl) => {
    const folder = process.argv[2];
    if (!folder) throw new Error("usage: npm run import -- DIR");
    const started = performance.now();
    const result = await withClient(databaseUrl, (client) =>
      importInterchange(client, folderSources(folder), null),
    );
    const seconds = (performance.now() - started) / 1000;
    if (!result.ok) {
      for (const error of result.errors) console.error(formatRowError(error));
      if (result.errorCount > result.errors.length)
        console.error(`... and ${result.errorCount - result.errors.length} more errors`);
      console.error(`Nothing was imported: ${result.errorCount} errors.`);
      process.exitCode = 1;
      return;
    }
    const read = Object.entries(result.rowsRead)
      .map(([file, rows]) => `${file} ${rows}`)
      .join(", ");
    const rowsRead = Object.values(result.rowsRead).reduce((sum, n) => sum + n, 0);
    console.log(`Imported (${read}); ${result.rowsWritten} records added or changed.`);
    console.log(
      `${rowsRead} rows in ${seconds.toFixed(1)} s: ${Math.round(rowsRead / seconds)} rows/s, ` +
        (result.path === "bulk"
          ? "bulk path (indexes and report summaries rebuilt once at the end)"
          : "incremental path (indexes and summaries kept up row by row)"),
    );
  }),
);
