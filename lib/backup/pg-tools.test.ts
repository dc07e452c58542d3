import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { choosePgTool, locatePgTool } from "@/lib/backup/pg-tools";

describe("choosePgTool", () => {
  const found = [
    { file: "/a/pg_dump", major: 18 },
    { file: "/b/pg_dump", major: 15 },
    { file: "/c/pg_dump", major: 17 },
  ];

  it("takes the closest major at least as new as the server", () => {
    expect(choosePgTool(found, 17)).toStrictEqual({ file: "/c/pg_dump", major: 17 });
    expect(choosePgTool(found, 16)).toStrictEqual({ file: "/c/pg_dump", major: 17 });
    expect(choosePgTool(found, 15)).toStrictEqual({ file: "/b/pg_dump", major: 15 });
  });

  it("takes none when every client is older than the server (pg_dump 15 refuses a 17 server)", () => {
    expect(choosePgTool(found, 19)).toBeUndefined();
    expect(choosePgTool([{ file: "/usr/bin/pg_dump", major: 15 }], 17)).toBeUndefined();
  });
});

describe("locatePgTool", () => {
  it("with PG_BIN_DIR looks only there, and says what to do when nothing fits", () => {
    const empty = mkdtempSync(path.join(tmpdir(), "pg-bin-"));
    expect(() => locatePgTool("pg_dump", 17, { PG_BIN_DIR: empty, PATH: "/usr/bin" })).toThrow(
      "No pg_dump for PostgreSQL 17 or later was found (found: none). Install the PostgreSQL 17 client tools, set PG_BIN_DIR to their bin folder, or run `npm run pg-client:build`.",
    );
  });
});
