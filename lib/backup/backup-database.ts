import { execFileSync } from "node:child_process";
import { renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

import { runPgTool } from "@/lib/backup/run-pg-tool";

// One consistent snapshot in pg_dump's custom format (compressed; pg_restore can pick
// tables from it). It is written beside the target and renamed only once pg_restore has
// read its table of contents, so a file with the final name is always a whole backup.
export async function backupDatabase(url: string, file: string) {
  const partial = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.partial`);
  try {
    const client = await runPgTool("pg_dump", url, ["--format=custom", `--file=${partial}`]);
    execFileSync(path.join(path.dirname(client.file), "pg_restore"), ["--list", partial], {
      stdio: "ignore",
    });
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, clientMajor: client.major };
  } finally {
    rmSync(partial, { force: true });
  }
}
