import { describe, expect, it } from "vitest";

import { backupDatabaseUrl, libpqConnection, restoreDatabaseUrl } from "@/lib/backup/pg-connection";

const app = "postgresql://passage_app@db/passage";
const owner = "postgresql://passage_owner@db/passage";
const backup = "postgresql://passage_backup@db/passage";

describe("which role backs up and restores", () => {
  it("backs up as BACKUP_DATABASE_URL, else the owner (MIGRATION_DATABASE_URL), else DATABASE_URL", () => {
    expect(
      backupDatabaseUrl({
        DATABASE_URL: app,
        MIGRATION_DATABASE_URL: owner,
        BACKUP_DATABASE_URL: backup,
      }),
    ).toBe(backup);
    expect(backupDatabaseUrl({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner })).toBe(owner);
    expect(backupDatabaseUrl({ DATABASE_URL: app })).toBe(app);
  });

  it("restores as the owner, never as the read-only backup role", () => {
    expect(
      restoreDatabaseUrl({
        DATABASE_URL: app,
        MIGRATION_DATABASE_URL: owner,
        BACKUP_DATABASE_URL: backup,
      }),
    ).toBe(owner);
    expect(restoreDatabaseUrl({ DATABASE_URL: app, BACKUP_DATABASE_URL: backup })).toBe(app);
  });
});

describe("libpqConnection", () => {
  it("keeps the password out of the command line and drops Prisma-only parameters", () => {
    expect(
      libpqConnection(
        "postgresql://backup:s%40cret@127.0.0.1:5432/passage?schema=public&sslmode=require",
      ),
    ).toStrictEqual({
      dbname: "postgresql://backup@127.0.0.1:5432/passage?sslmode=require",
      env: { PGPASSWORD: "s@cret" },
    });
  });
});
