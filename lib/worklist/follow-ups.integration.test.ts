import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  unwrap,
} from "@/lib/testing/kit";
import { addFollowUpAction, completeFollowUpAction } from "@/lib/worklist/actions";
import { collectWorklistItems } from "@/lib/worklist/list-worklist";

const today = toDay("2026-11-28");

describe("a caseworker's own follow-ups", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let colleague: Actor;
  let foreigner: Actor;
  let caseId: string;

  const add = (actor: Actor, input: object = {}) =>
    executeAction(addFollowUpAction.definition, actor, {
      caseId,
      dueOn: "2026-11-30",
      text: "Call the school about enrolment",
      idempotencyKey: randomUUID(),
      ...input,
    });
  const complete = (actor: Actor, followUpId: string, version: number) =>
    executeAction(completeFollowUpAction.definition, actor, { followUpId, version });
  const followUpsOf = (actor: Actor) =>
    withActor(actor, () => collectWorklistItems(actor, actor.id, today)).then((items) =>
      items.filter((item) => item.kind === "FOLLOW_UP"),
    );

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    colleague = await makeUser("CASEWORKER", office.id);
    foreigner = await makeUser("CASEWORKER", (await makeOffice("MEX")).id);
    caseId = (await makeCase(office, "VOT")).id;
  });

  it("added: in its author's worklist this week with its text and a link to the case, audited in the same write; not in a colleague's", async () => {
    const added = unwrap(await add(caseworker));

    expect(await followUpsOf(caseworker)).toMatchObject([
      {
        caseId,
        dueOn: toDay("2026-11-30"),
        text: "Call the school about enrolment",
        href: `/cases/${caseId}`,
        followUp: { id: added.id, version: 1 },
      },
    ]);
    expect(await followUpsOf(colleague)).toStrictEqual([]);
    expect(await auditRows("follow-up.add")).toMatchObject([
      { actor_id: caseworker.id, entity_type: "case", entity_id: caseId },
    ]);
  });

  it("completed: leaves the worklist, keeps who and when; completing it again with the old version is CONFLICT and writes nothing", async () => {
    const added = unwrap(await add(caseworker));
    expect(await complete(caseworker, added.id, 1)).toStrictEqual({
      ok: true,
      data: { id: added.id, version: 2 },
    });
    expect(await followUpsOf(caseworker)).toStrictEqual([]);
    const row = await db.caseFollowUp.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ doneById: caseworker.id, version: 2 });
    expect(row.doneAt).toBeInstanceOf(Date);

    expect(await complete(caseworker, added.id, 1)).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
    expect(await complete(caseworker, added.id, 2)).toMatchObject({
      ok: false,
      error: "CONFLICT",
    });
    expect(await auditRows("follow-up.complete")).toHaveLength(1);
  });

  it("the same form submitted twice (one idempotency key) makes one follow-up and returns the first result", async () => {
    const idempotencyKey = randomUUID();
    const [first, second] = await Promise.all([
      add(caseworker, { idempotencyKey }),
      add(caseworker, { idempotencyKey }),
    ]);
    expect(first).toStrictEqual(second);
    expect(await db.caseFollowUp.count()).toBe(1);
    expect(await auditRows("follow-up.add")).toHaveLength(1);
  });

  it("refused, nothing written: another office's case or follow-up (NOT_FOUND), a closed case, bad input, HQ and admins", async () => {
    const added = unwrap(await add(caseworker));
    expect(await add(foreigner)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await complete(foreigner, added.id, 1)).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await add(caseworker, { text: "  " })).toMatchObject({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { text: ["required"] },
    });
    expect(await add(caseworker, { text: "x".repeat(201) })).toMatchObject({
      error: "VALIDATION",
      fieldErrors: { text: ["tooLong"] },
    });
    expect(await add(caseworker, { dueOn: "2026-02-30" })).toMatchObject({
      error: "VALIDATION",
      fieldErrors: { dueOn: ["invalidDate"] },
    });
    for (const role of ["HQ", "ADMIN"] as const) {
      const user = await makeUser(role, null);
      expect(await add(user)).toStrictEqual({ ok: false, error: "FORBIDDEN" });
      expect(await complete(user, added.id, 1)).toStrictEqual({ ok: false, error: "FORBIDDEN" });
    }
    await db.case.update({
      where: { id: caseId },
      data: { status: "CLOSED", closedOn: toDay("2026-11-01") },
    });
    expect(await add(caseworker)).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["caseClosed"] },
    });
    expect(await db.caseFollowUp.count()).toBe(1);
    expect(await db.caseFollowUp.count({ where: { doneAt: { not: null } } })).toBe(0);
    expect(await auditRows("follow-up.add")).toHaveLength(1);
  });
});
