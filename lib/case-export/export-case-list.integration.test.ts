import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { exportCaseList } from "@/lib/case-export/export-case-list";
import type { CaseExportFormat } from "@/lib/case-export/schemas";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { sealSearchText } from "@/lib/cases/case-search-token";
import { listCases } from "@/lib/cases/list-cases";
import { readCaseListParams } from "@/lib/cases/read-case-list-params";
import { withActor } from "@/lib/db-context";
import { wordsOf } from "@/lib/i18n/catalogues";
import {
  auditRows,
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

const readCsv = (text: string) => parse(text.replace(/^\uFEFF/, "")) as string[][];

async function readXlsx(body: string | Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  return sheet
    .getSheetValues()
    .flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((cell) => String(cell ?? ""))] : []));
}

describe("exporting the case list", () => {
  let tapachula: Office;
  let berlin: Office;
  let caseworker: Actor;
  const run = async (
    actor: Actor,
    params: Record<string, string>,
    format: CaseExportFormat = "csv",
    cap?: number,
  ) =>
    withActor(actor, async () =>
      // The whole office's list (a caseworker's own default is "my cases").
      exportCaseList(
        actor,
        caseListQuerySchema.parse({ assignee: "all", ...params }),
        format,
        await wordsOf("en"),
        {
          now: new Date("2026-04-01T10:00:00Z"),
          cap,
        },
      ),
    );
  const csvOf = async (actor: Actor, params: Record<string, string>) => {
    const result = await run(actor, params);
    if (!result.ok) throw new Error("refused");
    return readCsv(result.body as string);
  };

  beforeEach(async () => {
    await resetDatabase();
    tapachula = await makeOffice("MEX");
    berlin = await makeOffice("DEU");
    caseworker = await makeUser("CASEWORKER", tapachula.id);
    // 30 AVR cases (more than a page of 25) and 3 VOT cases in Tapachula; Berlin's AVR cases.
    for (let day = 1; day <= 30; day++)
      await makeCase(tapachula, "AVR", { openedOn: `2026-03-${String(day).padStart(2, "0")}` });
    for (let day = 1; day <= 3; day++) await makeCase(tapachula, "VOT");
    for (let day = 1; day <= 2; day++) await makeCase(berlin, "AVR");
  });

  it("writes every page of the filtered list of the actor's office, in the list's order, and nothing of another office", async () => {
    const [header, ...rows] = await csvOf(caseworker, {
      kind: "AVR",
      sort: "openedOn",
      dir: "asc",
    });
    expect(header).toStrictEqual([
      "Reference",
      "Family name",
      "Given name",
      "Sex",
      "Birth date",
      "Nationality",
      "Kind",
      "Status",
      "Opened on",
    ]);
    const screen = await withActor(caseworker, async () => [
      ...(
        await listCases(
          caseworker,
          caseListQuerySchema.parse({
            assignee: "all",
            kind: "AVR",
            sort: "openedOn",
            dir: "asc",
            page: 1,
          }),
        )
      ).rows,
      ...(
        await listCases(
          caseworker,
          caseListQuerySchema.parse({
            assignee: "all",
            kind: "AVR",
            sort: "openedOn",
            dir: "asc",
            page: 2,
          }),
        )
      ).rows,
    ]);
    expect(screen).toHaveLength(30);
    expect(rows.map((row) => row[0])).toStrictEqual(screen.map((row) => row.ref));
    expect(rows[0]).toStrictEqual([
      screen[0]!.ref,
      "Person",
      "Test",
      "Female",
      "1990-01-01",
      "Honduras",
      "Assisted voluntary return",
      expect.any(String),
      "2026-03-01",
    ]);
    const everything = await csvOf(caseworker, {});
    expect(everything).toHaveLength(1 + 33);
    const berliner = await makeUser("CASEWORKER", berlin.id);
    expect((await csvOf(berliner, {})).slice(1).map((row) => row[6])).toStrictEqual([
      "Assisted voluntary return",
      "Assisted voluntary return",
    ]);
  });

  it("applies the list's sealed search, opened for the user who sealed it only", async () => {
    const person = await makeBeneficiary(tapachula.id, {
      givenName: "Zaïra",
      familyName: "Quiñones",
    });
    // Held by the caseworker: the export, like the list, shows a caseworker their own cases.
    const theirs = await makeCase(tapachula, "VOT", {
      beneficiary: person,
      assignedToId: caseworker.id,
    });
    const token = sealSearchText("quinones", caseworker.id);
    const { query, searchDropped } = readCaseListParams({ q: token }, caseworker.id);
    expect(searchDropped).toBe(false);
    const result = await withActor(caseworker, async () =>
      exportCaseList(caseworker, query, "csv", await wordsOf("en")),
    );
    expect(
      result.ok &&
        readCsv(result.body as string)
          .slice(1)
          .map((row) => row[0]),
    ).toStrictEqual([theirs.ref]);
    const other = await makeUser("CASEWORKER", tapachula.id);
    expect(readCaseListParams({ q: token }, other.id).searchDropped).toBe(true);
  });

  it("neutralises cells that a spreadsheet would run as formulas, in CSV and XLSX alike", async () => {
    const hostile = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"];
    for (const [index, text] of hostile.entries()) {
      const person = await makeBeneficiary(tapachula.id, {
        familyName: text,
        givenName: `G${index}`,
      });
      await makeCase(tapachula, "VOT", { beneficiary: person, openedOn: "2026-01-03" });
    }
    const params = { kind: "VOT", openedFrom: "2026-01-03", openedTo: "2026-01-03" };
    const fromCsv = (await csvOf(caseworker, params)).slice(1).map((row) => row[1]);
    const xlsx = await run(caseworker, params, "xlsx");
    expect(xlsx.ok).toBe(true);
    const fromXlsx = (await readXlsx(xlsx.ok ? xlsx.body : "")).slice(1).map((row) => row[1]);
    const expected = hostile.map((text) => `'${text}`).sort();
    expect([...fromCsv].sort()).toStrictEqual(expected);
    // XML reads a stored CR back as LF; the cell still starts with the quote.
    expect([...fromXlsx].sort()).toStrictEqual(
      hostile.map((text) => `'${text.replace("\r", "\n")}`).sort(),
    );
  });

  it("writes an XLSX that parses back to the same table as the CSV", async () => {
    const params = { status: "IDENTIFIED" };
    const csv = await csvOf(caseworker, params);
    const xlsx = await run(caseworker, params, "xlsx");
    expect(xlsx).toMatchObject({ ok: true, fileName: "cases-2026-04-01.xlsx", rows: 3 });
    expect(await readXlsx(xlsx.ok ? xlsx.body : "")).toStrictEqual(csv);
  });

  it("records one audit entry per export with the format, the filters and the row count, and no name or search text", async () => {
    const person = await makeBeneficiary(tapachula.id, { familyName: "Quiñones" });
    await makeCase(tapachula, "VOT", { beneficiary: person, assignedToId: caseworker.id });
    const token = sealSearchText("Quiñones", caseworker.id);
    const { query } = readCaseListParams(
      { q: token, kind: "VOT", nationality: "HND" },
      caseworker.id,
    );
    await withActor(caseworker, async () =>
      exportCaseList(caseworker, query, "xlsx", await wordsOf("en")),
    );
    const entries = await auditRows("case.export");
    expect(
      entries.map((row) => [row.actor_id, row.entity_type, row.entity_id, row.office_id]),
    ).toStrictEqual([[caseworker.id, "case_list", null, tapachula.id]]);
    expect([...entries[0]!.changed_fields].sort()).toStrictEqual(
      [
        "format:xlsx",
        "rows:1",
        "sort:openedOn:desc",
        "filter.q",
        "filter.kind:VOT",
        "filter.nationality:HND",
      ].sort(),
    );
    for (const text of ["Quiñones", "Quinones", token]) expect(entries[0]!.row).not.toContain(text);
  });

  it("refuses HQ and admins, and a list over the cap (writing no audit entry)", async () => {
    for (const role of ["HQ", "ADMIN"] as const) {
      const user = await makeUser(role, null);
      await expect(run(user, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await run(caseworker, {}, "csv", 32)).toStrictEqual({ ok: false, reason: "tooMany" });
    expect(await run(caseworker, {}, "csv", 33)).toMatchObject({ ok: true, rows: 33 });
    expect(await auditRows("case.export")).toHaveLength(1);
  });
});
