import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { markInboxReadAction } from "@/lib/inbox/actions";
import { countUnreadInbox, listInbox } from "@/lib/inbox/list-inbox";
import { executeAction } from "@/lib/safe-action";
import {
  decide,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  submittedPlan,
  unwrap,
} from "@/lib/testing/kit";

describe("the in-app inbox", () => {
  let caseworker: Actor;
  let colleague: Actor;
  let caseRef: string;

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    colleague = await makeUser("CASEWORKER", office.id);
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const record = await makeCase(office, "REINTEGRATION");
    caseRef = record.ref;
    const plan = await submittedPlan(caseworker, record.id);
    unwrap(await decide(supervisor, plan.id, plan.version, "RETURN", "Needs a quote"));
  });

  it("shows the caseworker their message with the case reference, unread, and nothing to a colleague", async () => {
    const messages = await listInbox(caseworker);

    expect(
      messages.map((message) => ({
        kind: message.kind,
        ref: message.case?.ref,
        readAt: message.readAt,
      })),
    ).toStrictEqual([{ kind: "PLAN_RETURNED", ref: caseRef, readAt: null }]);
    expect(await countUnreadInbox(caseworker)).toBe(1);
    expect(await listInbox(colleague)).toStrictEqual([]);
  });

  it("marking a message read sets its read time and the unread count drops to 0; marking it again keeps the first time", async () => {
    const [message] = await listInbox(caseworker);

    expect(
      await executeAction(markInboxReadAction.definition, caseworker, { messageId: message!.id }),
    ).toStrictEqual({ ok: true, data: { id: message!.id } });
    const readAt = (await db.inboxMessage.findUniqueOrThrow({ where: { id: message!.id } })).readAt;
    expect(readAt).toBeInstanceOf(Date);
    expect(await countUnreadInbox(caseworker)).toBe(0);
    unwrap(
      await executeAction(markInboxReadAction.definition, caseworker, { messageId: message!.id }),
    );
    expect(
      (await db.inboxMessage.findUniqueOrThrow({ where: { id: message!.id } })).readAt,
    ).toStrictEqual(readAt);
  });

  it("someone else's message: NOT_FOUND, and it stays unread", async () => {
    const [message] = await listInbox(caseworker);

    expect(
      await executeAction(markInboxReadAction.definition, colleague, { messageId: message!.id }),
    ).toStrictEqual({ ok: false, error: "NOT_FOUND", fieldErrors: undefined });
    expect(await countUnreadInbox(caseworker)).toBe(1);
  });
});
