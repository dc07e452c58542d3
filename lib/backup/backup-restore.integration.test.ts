import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";

import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { backupDatabase } from "@/lib/backup/backup-database";
import { restoreDatabase } from "@/lib/backup/restore-database";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";

// Backups read past row-level security: the owner here (a superuser in tests), the
// passage_backup role in production. The app's role would stop at the first protected table.
const sourceUrl = () => process.env.PASSAGE_OWNER_DATABASE_URL ?? process.env.DATABASE_URL!;
// pg_dump and pg_restore of the whole schema take seconds on a busy machine.
const slow = 90_000;
const folder = mkdtempSync(path.join(tmpdir(), "passage-backup-"));

async function admin(sql: string): Promise<void> {
  const url = new URL(sourceUrl());
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

// Empty databases beside the test's own (their names start with the run's, so `npm test`
// drops them even after a crash). Dropping one forces a checkpoint: done once, at the end.
const created: string[] = [];
async function emptyTarget(): Promise<string> {
  const url = new URL(sourceUrl());
  const name = `${url.pathname.slice(1)}_restore${created.length + 1}`;
  await admin(`CREATE DATABASE "${name}"`);
  created.push(name);
  url.pathname = `/${name}`;
  return url.toString();
}
const open = (url: string) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    omit: { user: { passwordHash: true } },
  });

async function seedTwoYears() {
  const mex = await makeOffice("MEX");
  const deu = await makeOffice("DEU");
  for (const [at, sex, birth] of [
    [mex, "F", "2001-04-02"],
    [mex, "M", "1980-01-01"],
    [deu, "M", null],
    [deu, "X", "2010-09-09"],
  ] as const) {
    const migrant = await makeBeneficiary(at.id, {
      sex,
      birthDate: birth,
      nationality: at === mex ? "HND" : "SYR",
    });
    await makeServices(
      await makeCase(at, "AVR", { beneficiary: migrant }),
      ["COUNSELLING", "2011-05-01"],
      ["RETURN_TRAVEL", "2012-03-04"],
    );
    await makeServices(await makeCase(at, "REINTEGRATION", { beneficiary: migrant }), [
      "EMPLOYMENT",
      "2012-07-01",
    ]);
  }
  await makeServices(
    await makeCase(mex, "VOT", {
      beneficiary: await makeBeneficiary(mex.id, { sex: "F", birthDate: "1999-02-02" }),
      exploitationTypes: ["FORCED_LABOUR"],
      labourSector: "AGRICULTURE",
      identifiedOn: "2012-01-01",
    }),
    ["SHELTER", "2012-01-15"],
  );
  await recordAudit(db, {
    actorId: null,
    action: "test.seeded",
    entityType: "office",
    entityId: mex.id,
  });
}

describe("backup and restore", () => {
  beforeEach(resetDatabase);
  afterAll(async () => {
    for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }, slow);

  it(
    "a restored backup gives the same 2012 annual report, the same case count and an intact audit chain",
    async () => {
      await seedTwoYears();
      const report = await computeAnnualReport(db, { year: 2012 });
      expect(report.migrantsAssisted).toBe(5);
      const file = path.join(folder, "same-report.dump");

      const written = await backupDatabase(sourceUrl(), file);
      expect(written.bytes).toBeGreaterThan(0);
      const target = await emptyTarget();
      await restoreDatabase(target, file);

      const restored = open(target);
      try {
        expect(await computeAnnualReport(restored, { year: 2012 })).toStrictEqual(report);
        expect(await restored.case.count()).toBe(await db.case.count());
        expect(await verifyAuditChain(restored)).toMatchObject({ entries: 1, isIntact: true });
      } finally {
        await restored.$disconnect();
      }
    },
    slow,
  );

  it(
    "refuses a target that already has tables, and leaves it as it was",
    async () => {
      await seedTwoYears();
      const file = path.join(folder, "non-empty.dump");
      await backupDatabase(sourceUrl(), file);
      const cases = await db.case.count();

      await expect(restoreDatabase(sourceUrl(), file)).rejects.toThrow(
        "The target database is not empty",
      );
      expect(await db.case.count()).toBe(cases);
    },
    slow,
  );

  it(
    "restores all or nothing: a truncated backup fails and leaves the target empty",
    async () => {
      await seedTwoYears();
      const file = path.join(folder, "truncated.dump");
      await backupDatabase(sourceUrl(), file);
      const whole = readFileSync(file);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.8)));

      const target = await emptyTarget();
      await expect(restoreDatabase(target, file)).rejects.toThrow("pg_restore failed");
      const restored = open(target);
      try {
        const tables = await restored.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`;
        expect(tables).toStrictEqual([{ n: 0 }]);
      } finally {
        await restored.$disconnect();
      }
    },
    slow,
  );
});
