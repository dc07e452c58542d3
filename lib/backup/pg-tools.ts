import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;
export type PgTool = "pg_dump" | "pg_restore";
export type Candidate = { file: string; major: number };

// `npm run pg-client:build` installs here when the machine has no client new enough.
export const projectClientDir = path.resolve(".tools/postgresql/bin");

// PG_BIN_DIR alone when it is set (the operator chose); otherwise the project's own build,
// PATH, and Debian's versioned folders.
function candidateDirs(env: Env): string[] {
  if (env.PG_BIN_DIR) return [env.PG_BIN_DIR];
  const debian = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql").map((major) => `/usr/lib/postgresql/${major}/bin`)
    : [];
  return [projectClientDir, ...(env.PATH ?? "").split(path.delimiter).filter(Boolean), ...debian];
}

function majorOf(file: string): number | null {
  try {
    const match = execFileSync(file, ["--version"], { encoding: "utf8" }).match(
      /\(PostgreSQL\) (\d+)/,
    );
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

// pg_dump refuses a server newer than itself; among those new enough, the closest major.
export function choosePgTool(candidates: Candidate[], serverMajor: number): Candidate | undefined {
  return candidates
    .filter((candidate) => candidate.major >= serverMajor)
    .toSorted((a, b) => a.major - b.major)[0];
}

export function locatePgTool(tool: PgTool, serverMajor: number, env: Env = process.env): Candidate {
  const files = [...new Set(candidateDirs(env).map((dir) => path.join(dir, tool)))].filter((file) =>
    existsSync(file),
  );
  const candidates = files.flatMap((file) => {
    const major = majorOf(file);
    return major === null ? [] : [{ file, major }];
  });
  const chosen = choosePgTool(candidates, serverMajor);
  if (chosen) return chosen;
  const found =
    candidates.map((candidate) => `${candidate.file} (${candidate.major})`).join(", ") || "none";
  throw new Error(
    `No ${tool} for PostgreSQL ${serverMajor} or later was found (found: ${found}). Install the PostgreSQL ${serverMajor} ` +
      "client tools, set PG_BIN_DIR to their bin folder, or run `npm run pg-client:build`.",
  );
}
