import { execFile } from "node:child_process";

import { libpqConnection, serverMajor } from "@/lib/backup/pg-connection";
import { locatePgTool, type Candidate, type PgTool } from "@/lib/backup/pg-tools";

// Runs pg_dump / pg_restore against the database at `url`, with a client at least as new
// as its server. Fails with the tool's own message (it never holds row data).
export async function runPgTool(tool: PgTool, url: string, args: string[]): Promise<Candidate> {
  const client = locatePgTool(tool, await serverMajor(url));
  const connection = libpqConnection(url);
  await new Promise<void>((resolve, reject) => {
    execFile(
      client.file,
      [...args, "--no-password", `--dbname=${connection.dbname}`],
      { env: { ...process.env, ...connection.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`${tool} failed: ${stderr.trim() || error.message}`)) : resolve(),
    );
  });
  return client;
}
