import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { listCases } from "@/lib/cases/list-cases";
import { withActor } from "@/lib/db-context";
import { makeCase, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

// The case list by holder, as each role lands on it and as the URL asks, under row-level
// security (withActor), as the page runs it.
describe("the case list filtered by holder", () => {
  let caseworker: Actor;
  let colleague: Actor;
  let supervisor: Actor;
  let foreigner: Actor;

  const refs = async (actor: Actor, params: Record<string, unknown> = {}) =>
    (await withActor(actor, () => listCases(actor, caseListQuerySchema.parse(params)))).rows.map(
      (row) => row.ref,
    );

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice("MEX");
    const otherOffice = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id, { name: "Ana Holder" });
    colleague = await makeUser("CASEWORKER", office.id);
    supervisor = await makeUser("SUPERVISOR", office.id);
    foreigner = await makeUser("CASEWORKER", otherOffice.id);
    await makeCase(office, "AVR", { ref: "MINE", assignedToId: caseworker.id });
    await makeCase(office, "AVR", { ref: "THEIRS", assignedToId: colleague.id });
    await makeCase(office, "AVR", { ref: "NOBODY" });
    await makeCase(otherOffice, "AVR", { ref: "ABROAD", assignedToId: foreigner.id });
  });

  it("a caseworker lands on their own cases; a supervisor on all the office's", async () => {
    expect(await refs(caseworker)).toStrictEqual(["MINE"]);
    expect((await refs(supervisor)).sort()).toStrictEqual(["MINE", "NOBODY", "THEIRS"]);
  });

  it("all, unassigned, or a colleague's cases by id, never another office's", async () => {
    expect((await refs(caseworker, { assignee: "all" })).sort()).toStrictEqual([
      "MINE",
      "NOBODY",
      "THEIRS",
    ]);
    expect(await refs(caseworker, { assignee: "none" })).toStrictEqual(["NOBODY"]);
    expect(await refs(supervisor, { assignee: colleague.id })).toStrictEqual(["THEIRS"]);
    expect(await refs(supervisor, { assignee: foreigner.id })).toStrictEqual([]);
  });

  it("a drill-down from the annual report shows every case behind the figure, whoever holds it", async () => {
    expect((await refs(caseworker, { category: "OTHER" })).sort()).toStrictEqual([
      "MINE",
      "NOBODY",
      "THEIRS",
    ]);
  });

  it("each row names its holder, and an unknown assignee value falls back to the default", async () => {
    const result = await withActor(supervisor, () =>
      listCases(supervisor, caseListQuerySchema.parse({ assignee: caseworker.id })),
    );
    expect(result.rows.map((row) => [row.ref, row.assigneeName, row.version])).toStrictEqual([
      ["MINE", "Ana Holder", 1],
    ]);
    expect(await refs(caseworker, { assignee: "someone; DROP TABLE cases" })).toStrictEqual([
      "MINE",
    ]);
  });
});
