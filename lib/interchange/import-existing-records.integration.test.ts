import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { beforeEach, describe, expect, it } from "vitest";

import { addDays, formatDay, today } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import { makeUser, resetDatabase } from "@/lib/testing/kit";

import { formatRowError, INTERCHANGE_FILES, type InterchangeFile } from "./columns";
import { folderSources } from "./folder-sources";
import { importInterchange } from "./import-interchange";

const header = (file: InterchangeFile) => INTERCHANGE_FILES[file].join(",");
const base: Record<InterchangeFile, string[]> = {
  "offices.csv": ["MEX-TAP,Tapachula,MEX", "DEU-BER,Berlin,DEU"],
  "projects.csv": ["P-MEX,Protection,MEX-TAP,2026-01-01,", "P-DEU,Returns,DEU-BER,2026-01-01,"],
  "beneficiaries.csv": ["B-1,Ana,Lopez,F,1990-01-01,HND", "B-2,Nour,Haddad,M,,SYR"],
  "cases.csv": [
    "MEX-TAP-VOT-2026-000001,B-1,VOT,MEX-TAP,P-MEX,2026-01-02,,,,2026-01-01,SEXUAL,,",
    "MEX-TAP-AVR-2026-000001,B-2,AVR,MEX-TAP,P-MEX,2026-01-03,,VISA_OVERSTAYER,SYR,,,,",
  ],
  "services.csv": ["MEX-TAP-VOT-2026-000001,SHELTER,2026-01-03,,"],
};

function folderOf(files: Partial<Record<InterchangeFile, string[]>>): string {
  const folder = mkdtempSync(path.join(tmpdir(), "passage-existing-"));
  for (const [file, rows] of Object.entries(files))
    writeFileSync(
      path.join(folder, file),
      [header(file as InterchangeFile), ...rows].join("\n") + "\n",
    );
  return folder;
}
async function importFolder(folder: string, actorId: string | null = null) {
  const client = await pool.connect();
  try {
    return await importInterchange(client, folderSources(folder), actorId);
  } finally {
    client.release();
  }
}
const listed = (result: Awaited<ReturnType<typeof importFolder>>) =>
  result.ok ? [] : result.errors.map(formatRowError);
const snapshot = async () => ({
  offices: await db.office.findMany({ orderBy: { code: "asc" } }),
  projects: await db.project.findMany({ orderBy: { code: "asc" } }),
  beneficiaries: await db.beneficiary.findMany({ orderBy: { ref: "asc" } }),
  cases: await db.case.findMany({ orderBy: { ref: "asc" } }),
  services: await db.service.count(),
  audit: await db.auditEntry.count(),
});

describe("an import never changes existing records", () => {
  beforeEach(async () => {
    await resetDatabase();
    expect(await importFolder(folderOf(base))).toMatchObject({ ok: true });
  });

  it("a cases.csv row that moves an existing VoT case to another office: a row error pointing to the hand-over, nothing written", async () => {
    const before = await snapshot();
    const moved = base["cases.csv"].map((row) =>
      row.startsWith("MEX-TAP-VOT") ? row.replace("MEX-TAP,P-MEX", "DEU-BER,P-DEU") : row,
    );

    const result = await importFolder(folderOf({ ...base, "cases.csv": moved }));

    expect(listed(result)).toEqual([
      "cases.csv:2: office_code: the case exists in another office; an import does not change existing records: hand the case over from its page (it needs the person's hand-over consent)",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("a beneficiaries.csv row that renames an existing person: a row error, nothing written; alone or with the other files", async () => {
    const before = await snapshot();
    const renamed = ["B-1,Maria,Lopez,F,1990-01-01,HND", base["beneficiaries.csv"][1]!];
    const expected = [
      "beneficiaries.csv:2: given_name: differs from the stored beneficiary; an import does not change existing records: a registered person's details are corrected by their office, not by import",
    ];

    expect(listed(await importFolder(folderOf({ ...base, "beneficiaries.csv": renamed })))).toEqual(
      expected,
    );
    expect(listed(await importFolder(folderOf({ "beneficiaries.csv": renamed })))).toEqual(
      expected,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("other changed fields of cases, offices and projects: one row error each, naming the first changed column and the screen", async () => {
    const before = await snapshot();
    const result = await importFolder(
      folderOf({
        "offices.csv": ["MEX-TAP,Tapachula Sur,MEX", base["offices.csv"][1]!],
        "projects.csv": ["P-MEX,Protection,MEX-TAP,2026-01-01,2026-12-31"],
        "cases.csv": [base["cases.csv"][0]!.replace("2026-01-02,,", "2026-01-02,2026-02-01,")],
      }),
    );

    expect(listed(result)).toEqual([
      "offices.csv:2: name: differs from the stored office; an import does not change existing records: edit it under Administration › Offices",
      "projects.csv:2: end_date: differs from the stored project; an import does not change existing records: edit it under Administration › Projects",
      "cases.csv:2: closed_on: differs from the stored case; an import does not change existing records: change it on the case's page",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("a new case in another office for an existing person: a row error, nothing written (their data would reach that office)", async () => {
    const before = await snapshot();
    const result = await importFolder(
      folderOf({
        "cases.csv": [
          "DEU-BER-AVR-2026-000001,B-1,AVR,DEU-BER,P-DEU,2026-01-05,,VISA_OVERSTAYER,HND,,,,",
        ],
      }),
    );

    expect(listed(result)).toEqual([
      "cases.csv:2: beneficiary_ref: the beneficiary is registered in another office; a new case is opened in the person's own office",
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("identical rows, also beneficiaries.csv alone, are accepted and write nothing", async () => {
    const before = await snapshot();

    expect(await importFolder(folderOf(base))).toMatchObject({ ok: true, rowsWritten: 0 });
    expect(
      await importFolder(folderOf({ "beneficiaries.csv": base["beneficiaries.csv"] })),
    ).toMatchObject({ ok: true, rowsWritten: 0 });
    expect(await snapshot()).toEqual({ ...before, audit: before.audit + 2 });
  });
});

describe("an import's own records", () => {
  beforeEach(resetDatabase);

  it("every record it creates is audited with its id, by the importing user, in its transaction", async () => {
    const admin = await makeUser("ADMIN", null);
    expect(await importFolder(folderOf(base), admin.id)).toMatchObject({
      ok: true,
      rowsWritten: 9,
    });

    const entries = await db.auditEntry.findMany({
      where: { actorId: admin.id, entityId: { not: null } },
      select: { action: true, entityType: true, entityId: true },
    });
    const created = [
      ...(await db.office.findMany({ where: { code: { in: ["MEX-TAP", "DEU-BER"] } } })).map(
        (row) => `office.import office ${row.id}`,
      ),
      ...(await db.project.findMany({ where: { code: { in: ["P-MEX", "P-DEU"] } } })).map(
        (row) => `project.import project ${row.id}`,
      ),
      ...(await db.beneficiary.findMany()).map((row) => `beneficiary.import beneficiary ${row.id}`),
      ...(await db.case.findMany()).map((row) => `case.import case ${row.id}`),
      ...(await db.service.findMany()).map((row) => `service.import service ${row.id}`),
    ];
    expect(entries.map((e) => `${e.action} ${e.entityType} ${e.entityId}`).sort()).toEqual(
      created.sort(),
    );
  });

  it("a service dated in the future: a row error, nothing written", async () => {
    const dayAfterTomorrow = formatDay(addDays(today(), 2));
    const result = await importFolder(
      folderOf({
        ...base,
        "services.csv": [`MEX-TAP-VOT-2026-000001,SHELTER,${dayAfterTomorrow},,`],
      }),
    );

    expect(listed(result)).toEqual(["services.csv:2: delivered_on: is in the future"]);
    expect(await db.case.count()).toBe(0);
  });
});
