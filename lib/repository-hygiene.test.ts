import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

// Keeps the repository readable by a newcomer and free of any one machine's traces.
const root = path.resolve(import.meta.dirname, "..");
const trackedFiles = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter(Boolean);
const tracked = new Set(trackedFiles);
const read = (file: string) => readFileSync(path.join(root, file));

// A path that only exists on some machine: a home folder, the build machine's checkout, or a
// hard-coded temporary folder (code makes its temporary folders with os.tmpdir()). System
// paths such as /usr/bin/chromium are not machine-specific and stay allowed. The pattern is
// assembled from pieces so that this file does not match itself.
const slash = "/";
const machinePath = new RegExp(
  `(^|[^\\w.~-])(${[
    `${slash}work${slash}`,
    `${slash}root${slash}`,
    `${slash}home${slash}[^/\\s]+${slash}`,
    `${slash}Users${slash}[^/\\s]+${slash}`,
    `${slash}tmp${slash}`,
  ].join("|")})`,
);

function findMachinePaths(file: string, text: string): string[] {
  return text
    .split("\n")
    .flatMap((line, index) =>
      machinePath.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
    );
}

// The documentation a reader follows: its links and the files it names must exist.
// SECURITY.md is checked for links only: it is maintained as a whole, beside the code.
const guideFiles = trackedFiles.filter(
  (file) => file === "README.md" || file === "CONTRIBUTING.md" || /^docs\/.*\.md$/.test(file),
);
const linkedFiles = [...guideFiles, "SECURITY.md"].filter((file) => tracked.has(file));

// Markdown links and images to files of the repository: [text](target) or ![alt](target).
function localLinkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^(https?:|mailto:|#)/.test(target))
    .map((target) => decodeURIComponent(target.split("#")[0]!));
}

// A file of the repository named in backticks, e.g. `lib/auth/permissions.ts`; placeholders
// (`lib/<domain>/actions.ts`) and globs (`lib/backup/*`) are not names of one file.
function namedRepositoryFiles(markdown: string): string[] {
  return [...markdown.matchAll(/`((?:app|components|lib|prisma|e2e|docs|\.ci)\/[^`\s]+)`/g)]
    .map((match) => match[1]!)
    .filter((name) => !/[<>*…{}$]/.test(name) && /\.[a-z]+$/.test(name));
}

function existsInRepository(file: string): boolean {
  if (tracked.has(file)) return true;
  // A folder, or a file added in this change and not yet committed.
  try {
    const stats = statSync(path.join(root, file));
    return stats.isDirectory() || stats.isFile();
  } catch {
    return false;
  }
}

describe("repository hygiene", () => {
  it("keeps README.md under 12 KB, so that a newcomer reads it in five minutes", () => {
    expect(read("README.md").length).toBeLessThan(12 * 1024);
  });

  it("has no path of a particular machine in any tracked file", () => {
    const self = path.relative(root, import.meta.filename);
    const found = trackedFiles
      .filter((file) => file !== self)
      .flatMap((file) => {
        const content = read(file);
        if (content.includes(0)) return []; // binary (images)
        return findMachinePaths(file, content.toString("utf8"));
      });
    expect(found).toStrictEqual([]);
  });

  it("recognises machine paths and leaves system paths alone", () => {
    const home = `${slash}home${slash}ana${slash}passage`;
    expect(findMachinePaths("x.md", `see ${home}/README.md`)).toHaveLength(1);
    expect(findMachinePaths("x.md", `cp a ${slash}tmp${slash}b`)).toHaveLength(1);
    expect(findMachinePaths("x.md", "executablePath: /usr/bin/chromium")).toStrictEqual([]);
    expect(findMachinePaths("x.md", "https://example.org/tmp/file")).toStrictEqual([]);
  });

  it("links only to files that exist in the repository", () => {
    const broken = linkedFiles.flatMap((file) =>
      localLinkTargets(read(file).toString("utf8"))
        .map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target)))
        .filter((target) => !existsInRepository(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(broken).toStrictEqual([]);
  });

  it("names only files that exist in the repository", () => {
    const missing = guideFiles.flatMap((file) =>
      namedRepositoryFiles(read(file).toString("utf8"))
        .filter((name) => !existsInRepository(name))
        .map((name) => `${file} → ${name}`),
    );
    expect(missing).toStrictEqual([]);
  });

  it("finds links and file names the way a reader sees them", () => {
    expect(
      localLinkTargets("[a](docs/x.md#part) ![b](docs/s.png) [c](https://x.org) [d](#here)"),
    ).toStrictEqual(["docs/x.md", "docs/s.png"]);
    expect(
      namedRepositoryFiles("`lib/auth/scope.ts`, `lib/<domain>/actions.ts`, `lib/backup/*`"),
    ).toStrictEqual(["lib/auth/scope.ts"]);
  });
});
