import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { ServiceType } from "@/lib/generated/prisma/enums";
import { reportFilterSchema } from "@/lib/reports/annual-report";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { countReintegrationServices } from "@/lib/review/count-reintegration-services";
import { getOfficeReview } from "@/lib/review/get-office-review";
import { listReviewQueue } from "@/lib/review/list-review-queue";
import {
  decide,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
  submittedPlan,
  unwrap,
} from "@/lib/testing/kit";

const now = new Date("2026-11-28T12:00:00Z");

describe("the supervisor's office review", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let otherOffice: Awaited<ReturnType<typeof makeOffice>>;
  let supervisor: Actor;
  let caseworker: Actor;

  const survey = (caseId: string, surveyedOn: string, compositeScore: number) =>
    db.sustainabilitySurvey.create({
      data: { caseId, surveyedOn: toDay(surveyedOn), surveyedById: caseworker.id, compositeScore },
    });
  const visit = (caseId: string, visitedOn: string, nextVisitDue: string) =>
    db.monitoringVisit.create({
      data: {
        caseId,
        visitedOn: toDay(visitedOn),
        nextVisitDue: toDay(nextVisitDue),
        visitedById: caseworker.id,
      },
    });
  const service = (
    caseId: string,
    type: ServiceType,
    deliveredOn: string,
    amountMinor: number | null = null,
    currency: string | null = null,
  ) => makeServices({ id: caseId }, { type, deliveredOn, amountMinor, currency });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    otherOffice = await makeOffice("MEX");
    supervisor = await makeUser("SUPERVISOR", office.id);
    caseworker = await makeUser("CASEWORKER", office.id);
  });

  it("counts open reintegration cases by their latest survey's band, with unsurveyed cases apart; closed cases and other offices are left out", async () => {
    const [low, medium, high, , closed] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => makeCase(office, "REINTEGRATION")),
    );
    await db.case.update({
      where: { id: closed!.id },
      data: { status: "CLOSED", closedOn: toDay("2026-10-01") },
    });
    const foreign = await makeCase(otherOffice, "REINTEGRATION");
    await Promise.all([
      survey(low!.id, "2026-06-01", 0.32),
      survey(medium!.id, "2026-06-01", 0.33),
      survey(high!.id, "2026-03-01", 0.1),
      survey(high!.id, "2026-09-01", 0.66),
      survey(closed!.id, "2026-06-01", 0.1),
      survey(foreign.id, "2026-06-01", 0.1),
    ]);

    const review = await getOfficeReview(supervisor, now);

    expect(review.bands).toStrictEqual({ LOW: 1, MEDIUM: 1, HIGH: 1, NOT_SURVEYED: 1 });
  });

  it("lists as overdue exactly the cases whose latest visit's next due day is before today, earliest first", async () => {
    const [late, later, onTime, dueToday, caughtUp] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => makeCase(office, "REINTEGRATION")),
    );
    await Promise.all([
      visit(late!.id, "2026-06-01", "2026-09-01"),
      visit(later!.id, "2026-08-01", "2026-11-27"),
      visit(onTime!.id, "2026-10-01", "2026-12-15"),
      visit(dueToday!.id, "2026-10-01", "2026-11-28"),
      visit(caughtUp!.id, "2026-03-01", "2026-05-01"),
      visit(caughtUp!.id, "2026-10-01", "2027-01-10"),
    ]);

    const review = await getOfficeReview(supervisor, now);

    expect(review.overdue.map((row) => [row.ref, row.nextVisitDue])).toStrictEqual([
      [late!.ref, toDay("2026-09-01")],
      [later!.ref, toDay("2026-11-27")],
    ]);
  });

  it("sums this year's spending on the office's reintegration cases per type and currency", async () => {
    const reintegration = await makeCase(office, "REINTEGRATION");
    const avr = await makeCase(office, "AVR");
    const foreign = await makeCase(otherOffice, "REINTEGRATION");
    await Promise.all([
      service(reintegration.id, "SMALL_BUSINESS", "2026-02-01", 40_000, "USD"),
      service(reintegration.id, "SMALL_BUSINESS", "2026-03-01", 10_000, "USD"),
      service(reintegration.id, "SMALL_BUSINESS", "2026-03-01", 5_000, "GTQ"),
      service(reintegration.id, "EDUCATION", "2026-04-01", 2_500, "USD"),
      service(reintegration.id, "COUNSELLING", "2026-04-01"),
      service(reintegration.id, "EDUCATION", "2025-12-31", 99_999, "USD"),
      service(avr.id, "RETURN_TRAVEL", "2026-04-01", 30_000, "USD"),
      service(foreign.id, "EDUCATION", "2026-04-01", 77_777, "USD"),
    ]);

    const review = await getOfficeReview(supervisor, now);

    expect(review.spending).toStrictEqual([
      { type: "EDUCATION", currency: "USD", amountMinor: 2_500, services: 1 },
      { type: "SMALL_BUSINESS", currency: "GTQ", amountMinor: 5_000, services: 1 },
      { type: "SMALL_BUSINESS", currency: "USD", amountMinor: 50_000, services: 2 },
    ]);
  });

  it("reintegrationServices counts reintegration-type services in the year on REINTEGRATION cases only (REPORT_SPEC)", async () => {
    const reintegration = await makeCase(office, "REINTEGRATION");
    const avr = await makeCase(office, "AVR");
    const foreign = await makeCase(otherOffice, "REINTEGRATION");
    const types: ServiceType[] = [
      "EMPLOYMENT",
      "INCOME_GENERATION",
      "EDUCATION",
      "VOCATIONAL_TRAINING",
      "SMALL_BUSINESS",
      "ACCESS_TO_SERVICES",
    ];
    await Promise.all(types.map((type) => service(reintegration.id, type, "2026-01-01")));
    await Promise.all([
      service(reintegration.id, "COUNSELLING", "2026-05-01"),
      service(reintegration.id, "EMPLOYMENT", "2025-12-31"),
      service(reintegration.id, "EMPLOYMENT", "2027-01-01"),
      service(avr.id, "EMPLOYMENT", "2026-05-01"),
      service(foreign.id, "EDUCATION", "2026-12-31"),
    ]);
    const hq = await makeUser("HQ", null);

    expect(await countReintegrationServices(supervisor, 2026)).toBe(6);
    expect(await countReintegrationServices(hq, 2026)).toBe(7);
    expect(await countReintegrationServices(hq, 2025)).toBe(1);
    // The office view's quick count and the annual report module agree on the definition.
    expect(
      (await computeAnnualReport(db, reportFilterSchema.parse({ year: 2026 })))
        .reintegrationServices,
    ).toBe(7);
    expect(
      (await computeAnnualReport(db, reportFilterSchema.parse({ year: 2025 })))
        .reintegrationServices,
    ).toBe(1);
    expect((await getOfficeReview(supervisor, now)).reintegrationServices).toBe(6);
  });

  it("the review queue holds the office's submitted and awaiting plans, oldest submission first, and nothing else", async () => {
    await db.office.update({
      where: { id: office.id },
      data: { secondApprovalMinor: 0, secondApprovalCurrency: "USD" },
    });
    const [first, second, decided] = [
      await makeCase(office, "REINTEGRATION"),
      await makeCase(office, "REINTEGRATION"),
      await makeCase(office, "REINTEGRATION"),
    ];
    const firstPlan = await submittedPlan(caseworker, first.id);
    const secondPlan = await submittedPlan(caseworker, second.id);
    const decidedPlan = await submittedPlan(caseworker, decided.id);
    unwrap(await decide(supervisor, decidedPlan.id, decidedPlan.version, "REJECT", "Not eligible"));
    unwrap(await decide(supervisor, firstPlan.id, firstPlan.version, "APPROVE"));
    await submittedPlan(
      await makeUser("CASEWORKER", otherOffice.id),
      (await makeCase(otherOffice, "REINTEGRATION")).id,
    );

    const queue = await listReviewQueue(supervisor);

    expect(queue.map((row) => [row.id, row.status])).toStrictEqual([
      [firstPlan.id, "AWAITING_SECOND_APPROVAL"],
      [secondPlan.id, "SUBMITTED"],
    ]);
  });

  it("refuses the office review and the queue to caseworkers (FORBIDDEN)", async () => {
    await expect(getOfficeReview(caseworker, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listReviewQueue(caseworker)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
