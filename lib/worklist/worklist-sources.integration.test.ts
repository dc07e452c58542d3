import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { recordMonitoringVisitAction } from "@/lib/monitoring/actions";
import { executeAction } from "@/lib/safe-action";
import {
  decide,
  deliver,
  itemIdsOf,
  makeCase,
  makeConsent,
  makeOffice,
  makeProvider,
  makeReferral,
  makeUser,
  resetDatabase,
  submit,
  submittedPlan,
  unwrap,
} from "@/lib/testing/kit";
import { collectWorklistItems, listWorklist } from "@/lib/worklist/list-worklist";
import type { WorklistKind } from "@/lib/worklist/worklist-item";

// Each source of the worklist: its item appears when due and leaves when done; another
// office's cases never show; the user's own cases only. "Today" is fixed: 2026-11-28.
const today = toDay("2026-11-28");
type Office = Awaited<ReturnType<typeof makeOffice>>;

describe("the worklist's sources", () => {
  let office: Office;
  let otherOffice: Office;
  let caseworker: Actor;
  let colleague: Actor;
  let foreigner: Actor;

  // The actor's own items of one kind, read as the app reads them: under row-level security.
  const itemsOf = (actor: Actor, kind: WorklistKind) =>
    withActor(actor, () => collectWorklistItems(actor, actor.id, today)).then((items) =>
      items.filter((item) => item.kind === kind),
    );
  // A case of `at` held by `owner` (its assignee).
  const heldCase = async (
    at: Office,
    owner: Actor,
    kind: "AVR" | "REINTEGRATION" | "VOT",
    fields: Parameters<typeof makeCase>[2] = {},
  ) => {
    const made = await makeCase(at, kind, fields);
    return db.case.update({ where: { id: made.id }, data: { assignedToId: owner.id } });
  };

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    otherOffice = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    colleague = await makeUser("CASEWORKER", office.id);
    foreigner = await makeUser("CASEWORKER", otherOffice.id);
  });

  it("a planned departure passed without departure: listed overdue; gone once the departure is recorded; never another office's", async () => {
    const late = await heldCase(office, caseworker, "AVR", { status: "APPROVED_FOR_RETURN" });
    await db.case.update({
      where: { id: late.id },
      data: { plannedDepartureOn: toDay("2026-11-20") },
    });
    const upcoming = await heldCase(office, caseworker, "AVR", { status: "APPROVED_FOR_RETURN" });
    await db.case.update({
      where: { id: upcoming.id },
      data: { plannedDepartureOn: toDay("2026-11-30") },
    });
    const foreign = await heldCase(otherOffice, foreigner, "AVR");
    await db.case.update({
      where: { id: foreign.id },
      data: { plannedDepartureOn: toDay("2026-11-20"), assignedToId: caseworker.id },
    });

    expect(await itemsOf(caseworker, "PLANNED_DEPARTURE")).toMatchObject([
      { caseId: late.id, caseRef: late.ref, dueOn: toDay("2026-11-20"), href: `/cases/${late.id}` },
    ]);
    expect(await itemsOf(foreigner, "PLANNED_DEPARTURE")).toStrictEqual([]);

    await db.case.update({
      where: { id: late.id },
      data: { status: "DEPARTED", actualDepartureOn: toDay("2026-11-21") },
    });
    expect(await itemsOf(caseworker, "PLANNED_DEPARTURE")).toStrictEqual([]);
  });

  it("a monitoring visit falls due 3, 6 and 12 months after the return (the linked AVR case's departure, else the opening); a visit in its window does it", async () => {
    const opened = await heldCase(office, caseworker, "REINTEGRATION", { openedOn: "2026-08-28" });
    const avr = await makeCase(office, "AVR", { status: "DEPARTED" });
    await db.case.update({
      where: { id: avr.id },
      data: { actualDepartureOn: toDay("2026-05-25") },
    });
    const returned = await heldCase(office, caseworker, "REINTEGRATION", {
      openedOn: "2026-10-01",
    });
    await db.case.update({ where: { id: returned.id }, data: { avrCaseId: avr.id } });
    await heldCase(office, colleague, "REINTEGRATION", { openedOn: "2026-08-28" });
    await heldCase(otherOffice, foreigner, "REINTEGRATION", { openedOn: "2026-08-28" });

    const items = await itemsOf(caseworker, "MONITORING_VISIT");
    expect(items.map((item) => [item.caseId, item.months, item.dueOn])).toStrictEqual([
      [returned.id, 6, toDay("2026-11-25")], // the 3-month visit, missed, gives way to the 6-month one
      [opened.id, 3, toDay("2026-11-28")],
    ]);
    expect(items[1]!.href).toBe(`/cases/${opened.id}/reintegration#monitoring`);
    const worklist = await withActor(caseworker, () => listWorklist(caseworker, today));
    expect(worklist.groups.today.map((item) => item.key)).toContain(
      `MONITORING_VISIT:${opened.id}:3`,
    );
    expect(worklist.groups.overdue.map((item) => item.key)).toContain(
      `MONITORING_VISIT:${returned.id}:6`,
    );

    // A visit a month before the due day counts; one earlier does not.
    await db.monitoringVisit.create({
      data: { caseId: returned.id, visitedOn: toDay("2026-10-20"), visitedById: caseworker.id },
    });
    unwrap(
      await executeAction(recordMonitoringVisitAction.definition, caseworker, {
        caseId: opened.id,
        visitedOn: "2026-11-28",
        note: "",
        nextVisitDue: "",
      }),
    );
    expect(await itemsOf(caseworker, "MONITORING_VISIT")).toMatchObject([
      { caseId: returned.id, months: 6 },
    ]);
    await db.monitoringVisit.create({
      data: { caseId: returned.id, visitedOn: toDay("2026-10-26"), visitedById: caseworker.id },
    });
    expect(await itemsOf(caseworker, "MONITORING_VISIT")).toStrictEqual([]);
  });

  it("the office's monitoring months decide: [1] makes a case opened 5 weeks ago overdue, [] lists none", async () => {
    const kase = await heldCase(office, caseworker, "REINTEGRATION", { openedOn: "2026-10-24" });
    expect(await itemsOf(caseworker, "MONITORING_VISIT")).toStrictEqual([]);
    await db.office.update({ where: { id: office.id }, data: { monitoringMonths: [1] } });
    expect(await itemsOf(caseworker, "MONITORING_VISIT")).toMatchObject([
      { caseId: kase.id, months: 1, dueOn: toDay("2026-11-24") },
    ]);
    await db.office.update({ where: { id: office.id }, data: { monitoringMonths: [] } });
    expect(await itemsOf(caseworker, "MONITORING_VISIT")).toStrictEqual([]);
  });

  it("the sustainability survey falls due 12 months after the return; a survey in its window does it; a closed case has none", async () => {
    const kase = await heldCase(office, caseworker, "REINTEGRATION", { openedOn: "2025-12-02" });
    const closed = await heldCase(office, caseworker, "REINTEGRATION", {
      openedOn: "2025-11-01",
      status: "CLOSED",
      closedOn: "2026-06-01",
    });
    expect(await itemsOf(caseworker, "SUSTAINABILITY_SURVEY")).toMatchObject([
      { caseId: kase.id, months: 12, dueOn: toDay("2026-12-02") },
    ]);
    expect(closed.status).toBe("CLOSED");
    await db.sustainabilitySurvey.create({
      data: {
        caseId: kase.id,
        surveyedOn: toDay("2026-11-27"),
        surveyedById: caseworker.id,
        compositeScore: 0.5,
      },
    });
    expect(await itemsOf(caseworker, "SUSTAINABILITY_SURVEY")).toStrictEqual([]);
  });

  it("approved plan items not delivered are listed per plan from their earliest planned day; delivered, they leave", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const kase = await heldCase(office, caseworker, "REINTEGRATION");
    const plan = await submittedPlan(caseworker, kase.id); // items planned 2026-03-20 and 04-01
    expect(await itemsOf(caseworker, "PLAN_ITEMS_UNDELIVERED")).toStrictEqual([]); // not approved yet
    unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));
    expect(await itemsOf(caseworker, "PLAN_ITEMS_UNDELIVERED")).toMatchObject([
      { caseId: kase.id, count: 2, dueOn: toDay("2026-03-20") },
    ]);
    const [firstItem, secondItem] = await itemIdsOf(plan.id);
    unwrap(await deliver(caseworker, firstItem!));
    expect(await itemsOf(caseworker, "PLAN_ITEMS_UNDELIVERED")).toMatchObject([{ count: 1 }]);
    unwrap(await deliver(caseworker, secondItem!));
    expect(await itemsOf(caseworker, "PLAN_ITEMS_UNDELIVERED")).toStrictEqual([]);
  });

  it("a plan returned for changes is listed from the day it was returned until it is submitted again", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const kase = await heldCase(office, caseworker, "REINTEGRATION");
    const plan = await submittedPlan(caseworker, kase.id);
    const returned = unwrap(
      await decide(supervisor, plan.id, plan.version, "RETURN", "Add quotes"),
    );
    const [item] = await itemsOf(caseworker, "PLAN_RETURNED");
    expect(item).toMatchObject({ caseId: kase.id, href: `/cases/${kase.id}/reintegration#plan` });
    expect(item!.dueOn).toStrictEqual(toDay(new Date().toISOString().slice(0, 10))); // office in UTC
    unwrap(await submit(caseworker, plan.id, returned.version));
    expect(await itemsOf(caseworker, "PLAN_RETURNED")).toStrictEqual([]);
  });

  it("consent: missing for assistance since the opening; given, it leaves; withdrawn, it is back from the withdrawal; monitoring needs its own", async () => {
    const kase = await heldCase(office, caseworker, "VOT", { openedOn: "2026-02-01" });
    expect(await itemsOf(caseworker, "CONSENT_NEEDED")).toMatchObject([
      { caseId: kase.id, purpose: "ASSISTANCE", isWithdrawn: false, dueOn: toDay("2026-02-01") },
    ]);
    const consent = await makeConsent(kase, caseworker);
    expect(await itemsOf(caseworker, "CONSENT_NEEDED")).toStrictEqual([]);
    await db.caseConsent.update({
      where: { id: consent.id },
      data: { withdrawnOn: toDay("2026-11-02"), withdrawnById: caseworker.id },
    });
    expect(await itemsOf(caseworker, "CONSENT_NEEDED")).toMatchObject([
      { caseId: kase.id, purpose: "ASSISTANCE", isWithdrawn: true, dueOn: toDay("2026-11-02") },
    ]);

    const monitored = await heldCase(office, caseworker, "REINTEGRATION", {
      status: "MONITORING",
    });
    await makeConsent(monitored, caseworker);
    expect(
      (await itemsOf(caseworker, "CONSENT_NEEDED")).map((item) => [item.caseId, item.purpose]),
    ).toContainEqual([monitored.id, "MONITORING"]);
    await makeConsent(monitored, caseworker, { purpose: "MONITORING" });
    expect((await itemsOf(caseworker, "CONSENT_NEEDED")).map((item) => item.caseId)).not.toContain(
      monitored.id,
    );
  });

  it("a case with nothing recorded for the office's 30 days is listed; any audited write on it brings it back", async () => {
    const kase = await heldCase(office, caseworker, "VOT");
    await db.$executeRaw`UPDATE cases SET updated_at = '2026-09-01T10:00:00Z' WHERE id = ${kase.id}::uuid`;
    expect(await itemsOf(caseworker, "INACTIVE_CASE")).toMatchObject([
      { caseId: kase.id, days: 30, dueOn: toDay("2026-10-01") },
    ]);
    await db.office.update({ where: { id: office.id }, data: { inactivityDays: 120 } });
    expect(await itemsOf(caseworker, "INACTIVE_CASE")).toStrictEqual([]);
    await db.office.update({ where: { id: office.id }, data: { inactivityDays: 30 } });
    await db.auditEntry.create({
      data: {
        actorId: caseworker.id,
        action: "service.add",
        entityType: "case",
        entityId: kase.id,
        officeId: office.id,
        at: new Date("2026-11-20T10:00:00Z"),
      },
    });
    expect(await itemsOf(caseworker, "INACTIVE_CASE")).toStrictEqual([]);
  });

  it("a referral unanswered 14 days after it was sent is due; one sent later is not yet; an answer takes it away; never another office's", async () => {
    const kase = await heldCase(office, caseworker, "VOT");
    const shelter = await makeProvider(office.id);
    const overdue = await makeReferral(kase, shelter.id, { sentOn: "2026-11-10" });
    const thisWeek = await makeReferral(kase, shelter.id, { sentOn: "2026-11-20" });
    await makeReferral(kase, shelter.id, { sentOn: "2026-11-25" });
    const abroad = await heldCase(otherOffice, foreigner, "VOT");
    await makeReferral(abroad, (await makeProvider(otherOffice.id)).id, { sentOn: "2026-11-01" });
    const items = await itemsOf(caseworker, "REFERRAL_UNANSWERED");
    expect(items.map((item) => [item.key, item.dueOn, item.href])).toStrictEqual([
      [`REFERRAL_UNANSWERED:${overdue.id}`, toDay("2026-11-24"), `/cases/${kase.id}#referrals`],
      [`REFERRAL_UNANSWERED:${thisWeek.id}`, toDay("2026-12-04"), `/cases/${kase.id}#referrals`],
    ]);
    expect(items[0]!.text).toBe(shelter.name);
    expect(await itemsOf(colleague, "REFERRAL_UNANSWERED")).toStrictEqual([]);
    await db.referral.update({
      where: { id: overdue.id },
      data: { status: "ACCEPTED", answeredOn: toDay("2026-11-27") },
    });
    expect(
      (await itemsOf(caseworker, "REFERRAL_UNANSWERED")).map((item) => item.key),
    ).toStrictEqual([`REFERRAL_UNANSWERED:${thisWeek.id}`]);
  });

  it("my cases are those assigned to me, or opened by me while nobody is assigned; a colleague's are not", async () => {
    const mine = await heldCase(office, caseworker, "VOT");
    const opened = await makeCase(office, "VOT");
    await db.case.update({ where: { id: opened.id }, data: { createdById: caseworker.id } });
    const handedOn = await makeCase(office, "VOT");
    await db.case.update({
      where: { id: handedOn.id },
      data: { createdById: caseworker.id, assignedToId: colleague.id },
    });
    await heldCase(otherOffice, foreigner, "VOT");

    const worklist = await withActor(caseworker, () => listWorklist(caseworker, today));
    expect(worklist.myCaseCount).toBe(2);
    expect(worklist.myCases.map((row) => row.id).sort()).toStrictEqual([mine.id, opened.id].sort());
    expect(
      (await itemsOf(caseworker, "CONSENT_NEEDED")).map((item) => item.caseId).sort(),
    ).toStrictEqual([mine.id, opened.id].sort());
  });

  it("row-level security alone keeps another office out: a source run with that office's actor sees none of this office's items", async () => {
    await heldCase(office, caseworker, "VOT");
    // The foreigner asked for the caseworker's items: the office filter and RLS both say no.
    const seen = await withActor(foreigner, () =>
      collectWorklistItems(foreigner, caseworker.id, today),
    );
    expect(seen).toStrictEqual([]);
  });

  it("HQ and admins cannot reach a worklist (FORBIDDEN)", async () => {
    for (const role of ["HQ", "ADMIN"] as const) {
      const user = await makeUser(role, null);
      await expect(withActor(user, () => listWorklist(user, today))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
