import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { addCaseNoteAction } from "@/lib/case-notes/actions";
import { listCaseNotes } from "@/lib/case-notes/list-case-notes";
import { NOTE_MAX_LENGTH } from "@/lib/case-notes/schemas";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { anonymiseExpiredCases } from "@/lib/retention/anonymise-expired-cases";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  dayFromToday,
  makeCase,
  makeOffice,
  makeUser,
  ownerPool,
  resetDatabase,
  unwrap,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

const noteInput = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  kind: "PHONE_CALL",
  contactOn: "2026-03-05",
  text: "Called Amina about her uncle Moussa's address.",
  idempotencyKey: randomUUID(),
  ...overrides,
});

const noteCount = async () =>
  (await ownerPool().query<{ n: number }>("SELECT count(*)::int AS n FROM case_notes")).rows[0]!.n;

describe("case notes", () => {
  let tapachula: Office;
  let berlin: Office;
  let caseworker: Actor;
  let supervisor: Actor;
  let berliner: Actor;
  let caseId: string;
  const add = (actor: Actor | null, input: object) =>
    executeAction(addCaseNoteAction.definition, actor, input);

  beforeEach(async () => {
    await resetDatabase();
    tapachula = await makeOffice("MEX");
    berlin = await makeOffice("DEU");
    caseworker = await makeUser("CASEWORKER", tapachula.id, { name: "Carla Caseworker" });
    supervisor = await makeUser("SUPERVISOR", tapachula.id, { name: "Sam Supervisor" });
    berliner = await makeUser("CASEWORKER", berlin.id);
    caseId = (await makeCase(tapachula, "VOT", { openedOn: "2026-03-01" })).id;
  });

  it("adds a note with one audit entry in the same transaction, naming fields only, and runs a repeated submission once", async () => {
    const input = noteInput(caseId);
    const first = unwrap(await add(caseworker, input));
    expect(await add(caseworker, input)).toStrictEqual({ ok: true, data: first });
    expect(await noteCount()).toBe(1);
    const audits = await auditRows("case-note.add");
    expect(
      audits.map((row) => [row.actor_id, row.entity_type, row.entity_id, row.office_id]),
    ).toStrictEqual([[caseworker.id, "case", caseId, tapachula.id]]);
    expect(audits[0]!.changed_fields).toStrictEqual([
      "notes.kind",
      "notes.contactOn",
      "notes.text",
    ]);
    expect(audits[0]!.row).not.toContain("Moussa");
  });

  it("lists a case's notes newest contact first, with kind, day, text and author", async () => {
    unwrap(await add(caseworker, noteInput(caseId, { contactOn: "2026-03-02", text: "First" })));
    unwrap(
      await add(
        supervisor,
        noteInput(caseId, { contactOn: "2026-03-09", kind: "COUNSELLING", text: "Later" }),
      ),
    );
    unwrap(await add(caseworker, noteInput(caseId, { contactOn: "2026-03-05", text: "Middle" })));
    const notes = await withActor(caseworker, () => listCaseNotes(caseworker, caseId));
    expect(
      notes.map((note) => [note.text, note.kind, note.contactOn, note.author.name]),
    ).toStrictEqual([
      ["Later", "COUNSELLING", toDay("2026-03-09"), "Sam Supervisor"],
      ["Middle", "PHONE_CALL", toDay("2026-03-05"), "Carla Caseworker"],
      ["First", "PHONE_CALL", toDay("2026-03-02"), "Carla Caseworker"],
    ]);
  });

  it("shows another office's notes to no one: not through the query, and not through a query that forgets the office (row-level security)", async () => {
    unwrap(await add(caseworker, noteInput(caseId)));
    expect(await withActor(berliner, () => listCaseNotes(berliner, caseId))).toStrictEqual([]);
    await withActor(berliner, async () => {
      // No where at all: PostgreSQL's policy still hides Tapachula's note.
      expect(await db.caseNote.findMany()).toStrictEqual([]);
      expect((await pool.query("SELECT count(*)::int AS n FROM case_notes")).rows[0].n).toBe(0);
    });
    await withActor(caseworker, async () => expect(await db.caseNote.count()).toBe(1));
  });

  it("refuses HQ and admins, who may neither read nor write notes, and sees nothing for them in the database either", async () => {
    unwrap(await add(caseworker, noteInput(caseId)));
    for (const role of ["HQ", "ADMIN"] as const) {
      const user = await makeUser(role, null);
      expect(await add(user, noteInput(caseId))).toStrictEqual({ ok: false, error: "FORBIDDEN" });
      await expect(withActor(user, () => listCaseNotes(user, caseId))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await withActor(user, async () => expect(await db.caseNote.count()).toBe(0));
    }
    expect(await noteCount()).toBe(1);
  });

  it("refuses bad notes and writes nothing: empty, over the stated length, in the future, before the case opened, another office's case", async () => {
    const before = (await auditRows()).length;
    const refusals = [
      [noteInput(caseId, { text: "   " }), { text: ["required"] }],
      [noteInput(caseId, { text: "x".repeat(NOTE_MAX_LENGTH + 1) }), { text: ["tooLong"] }],
      [noteInput(caseId, { contactOn: dayFromToday(3) }), { contactOn: ["dateInFuture"] }],
      [noteInput(caseId, { kind: "GOSSIP" }), { kind: ["invalidChoice"] }],
      [noteInput(caseId, { contactOn: "2026-02-28" }), { contactOn: ["beforeOpening"] }],
    ] as const;
    for (const [input, fieldErrors] of refusals)
      expect(await add(caseworker, input)).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors,
      });
    expect(await add(berliner, noteInput(caseId))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(
      unwrap(await add(caseworker, noteInput(caseId, { text: "x".repeat(NOTE_MAX_LENGTH) }))),
    ).toHaveProperty("id");
    expect(await noteCount()).toBe(1);
    expect((await auditRows()).length).toBe(before + 1);
  });

  it("is append-only for the app: its role cannot rewrite a note, even its own office's", async () => {
    const { id } = unwrap(await add(caseworker, noteInput(caseId)));
    await withActor(caseworker, async () => {
      await expect(
        db.caseNote.update({ where: { id }, data: { text: "Rewritten" } }),
      ).rejects.toThrow(/permission denied/);
    });
    const { rows } = await ownerPool().query("SELECT text FROM case_notes WHERE id = $1", [id]);
    expect(rows[0].text).toContain("Moussa");
  });

  it("deletes the notes of a case anonymised after its retention period, keeps other cases' notes, says so in the audit, and takes no new note", async () => {
    const open = await makeCase(tapachula, "AVR", { openedOn: "2026-03-01" });
    unwrap(await add(caseworker, noteInput(caseId)));
    unwrap(
      await add(caseworker, noteInput(caseId, { kind: "HOME_VISIT", text: "Saw her at Calle 5" })),
    );
    unwrap(await add(caseworker, noteInput(open.id, { text: "Kept" })));
    await db.case.update({
      where: { id: caseId },
      data: { status: "CLOSED", closedOn: toDay("2026-03-10") },
    });
    expect(
      await anonymiseExpiredCases(db, { asOf: toDay("2040-01-01"), dryRun: false }),
    ).toMatchObject({
      cases: 1,
    });
    const { rows } = await ownerPool().query<{ case_id: string; text: string }>(
      "SELECT case_id, text FROM case_notes",
    );
    expect(rows).toStrictEqual([{ case_id: open.id, text: "Kept" }]);
    const [entry] = await auditRows("case.anonymise");
    expect(entry!.changed_fields).toContain("notes");
    expect(await add(caseworker, noteInput(caseId))).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["caseAnonymised"] },
    });
  });
});
