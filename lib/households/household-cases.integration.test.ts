import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { changeCaseStatusAction } from "@/lib/cases/actions";
import { db } from "@/lib/db";
import {
  openHouseholdAvrCasesAction,
  recordHouseholdDepartureAction,
} from "@/lib/households/actions";
import { computeAnnualReport } from "@/lib/reports/compute-annual-report";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  avrCaseInput,
  makeBeneficiary,
  makeHousehold,
  makeOffice,
  makeUser,
  openCase,
  resetDatabase,
  rowCounts,
  statusChangeRows,
  statusInput,
  unwrap,
  type Input,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

const openAll = (actor: Actor, input: Input) =>
  executeAction(openHouseholdAvrCasesAction.definition, actor, input);
const depart = (actor: Actor, input: Input) =>
  executeAction(recordHouseholdDepartureAction.definition, actor, {
    recordReturnTravel: true,
    idempotencyKey: randomUUID(),
    ...input,
  });

function bulkInput(
  office: Office,
  householdId: string,
  beneficiaryIds: string[],
  overrides: Input = {},
) {
  // The single form's fields, with the members in place of the one beneficiary.
  const fields = avrCaseInput({ beneficiaryId: "", projectId: office.projectId });
  delete fields.beneficiaryId;
  return { ...fields, householdId, beneficiaryIds, ...overrides };
}

// Moves a case from OPEN to APPROVED_FOR_RETURN through the ordinary action.
async function approve(actor: Actor, caseId: string, on = "2026-04-01") {
  unwrap(
    await executeAction(
      changeCaseStatusAction.definition,
      actor,
      statusInput(caseId, 1, "COUNSELLING", on),
    ),
  );
  unwrap(
    await executeAction(
      changeCaseStatusAction.definition,
      actor,
      statusInput(caseId, 2, "APPROVED_FOR_RETURN", on),
    ),
  );
  return 3;
}
const stored = (id: string) =>
  db.case.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, actualDepartureOn: true, householdId: true },
  });

describe("a household's AVR cases", () => {
  let office: Office;
  let caseworker: Actor;
  let people: { id: string; ref: string }[];
  let household: Awaited<ReturnType<typeof makeHousehold>>;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    caseworker = await makeUser("CASEWORKER", office.id);
    people = [];
    for (const sex of ["F", "M", "F"] as const)
      people.push(await makeBeneficiary(office.id, { sex }));
    household = await makeHousehold(office.id, people);
  });

  it("opens one AVR case per chosen member with the fields given once, linked to the household, audited per case, once per submission", async () => {
    const input = bulkInput(
      office,
      household.id,
      people.map((p) => p.id),
      { idempotencyKey: randomUUID() },
    );
    const result = unwrap(await openAll(caseworker, input));
    expect(unwrap(await openAll(caseworker, input))).toStrictEqual(result);
    expect(result.cases).toHaveLength(3);
    const cases = await db.case.findMany({
      where: { householdId: household.id },
      select: {
        beneficiaryId: true,
        kind: true,
        status: true,
        returnCountry: true,
        migrantCategory: true,
      },
    });
    expect(cases.map((c) => c.beneficiaryId).sort()).toStrictEqual(people.map((p) => p.id).sort());
    for (const kase of cases)
      expect(kase).toMatchObject({
        kind: "AVR",
        status: "OPEN",
        returnCountry: "HND",
        migrantCategory: "VISA_OVERSTAYER",
      });
    expect((await auditRows("case.open")).map((row) => row.entity_id).sort()).toStrictEqual(
      result.cases.map((c) => c.id).sort(),
    );
  });

  it("refuses the whole batch when a member already has an open AVR case, naming that member by reference", async () => {
    await openCase(
      caseworker,
      avrCaseInput({ beneficiaryId: people[1]!.id, projectId: office.projectId }),
    );
    const before = await rowCounts();
    expect(
      await openAll(
        caseworker,
        bulkInput(
          office,
          household.id,
          people.map((p) => p.id),
        ),
      ),
    ).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: [`openAvrCaseExists?refs=${encodeURIComponent(people[1]!.ref)}`] },
    });
    expect(await rowCounts()).toStrictEqual(before);
  });

  it("refuses a person who is not a member, and another office's household, writing nothing", async () => {
    const outsider = await makeBeneficiary(office.id);
    const before = await rowCounts();
    expect(
      await openAll(caseworker, bulkInput(office, household.id, [people[0]!.id, outsider.id])),
    ).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { beneficiaryIds: ["notAHouseholdMember"] },
    });
    const elsewhere = await makeOffice("GTM");
    const stranger = await makeUser("CASEWORKER", elsewhere.id);
    expect(await openAll(stranger, bulkInput(elsewhere, household.id, [people[0]!.id]))).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await rowCounts()).toStrictEqual(before);
  });

  it("records the departure once for three cases: each DEPARTED on the day through the workflow, version +1, its own history, audit entry and return travel", async () => {
    const { cases } = unwrap(
      await openAll(
        caseworker,
        bulkInput(
          office,
          household.id,
          people.map((p) => p.id),
        ),
      ),
    );
    for (const kase of cases) await approve(caseworker, kase.id);
    const result = unwrap(
      await depart(caseworker, {
        householdId: household.id,
        departedOn: "2026-05-01",
        cases: cases.map((c) => ({ caseId: c.id, version: 3 })),
      }),
    );
    expect(result.cases).toStrictEqual(cases.map((c) => ({ id: c.id, version: 4 })));
    for (const kase of cases) {
      expect(await stored(kase.id)).toStrictEqual({
        status: "DEPARTED",
        version: 4,
        actualDepartureOn: new Date("2026-05-01T00:00:00Z"),
        householdId: household.id,
      });
      expect((await statusChangeRows(kase.id)).at(-1)).toMatchObject({
        from_status: "APPROVED_FOR_RETURN",
        to_status: "DEPARTED",
      });
      expect(await db.service.count({ where: { caseId: kase.id, type: "RETURN_TRAVEL" } })).toBe(1);
    }
    const departures = (await auditRows("case.status-change")).filter((row) =>
      row.changed_fields.includes("status"),
    );
    expect(departures.length).toBe(3 * 3);
    expect((await auditRows("service.add")).length).toBe(3);
  });

  it("changes no case when one case's version is stale or its workflow refuses the step", async () => {
    const { cases } = unwrap(
      await openAll(
        caseworker,
        bulkInput(
          office,
          household.id,
          people.map((p) => p.id),
        ),
      ),
    );
    await approve(caseworker, cases[0]!.id);
    await approve(caseworker, cases[1]!.id);
    const before = await rowCounts();
    // The third case is still OPEN: DEPARTED is not its next step.
    const refused = await depart(caseworker, {
      householdId: household.id,
      departedOn: "2026-05-01",
      cases: [
        { caseId: cases[0]!.id, version: 3 },
        { caseId: cases[1]!.id, version: 3 },
        { caseId: cases[2]!.id, version: 1 },
      ],
    });
    expect(refused).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: {
        _form: [
          `householdCaseRefused?ref=${encodeURIComponent(cases[2]!.ref)}&reason=transitionNotAllowed`,
        ],
      },
    });
    const stale = await depart(caseworker, {
      householdId: household.id,
      departedOn: "2026-05-01",
      cases: [
        { caseId: cases[0]!.id, version: 3 },
        { caseId: cases[1]!.id, version: 2 },
      ],
    });
    expect(stale).toEqual({ ok: false, error: "CONFLICT" });
    expect(await rowCounts()).toStrictEqual(before);
    expect((await stored(cases[0]!.id)).status).toBe("APPROVED_FOR_RETURN");
  });

  it("refuses a case of someone outside the household", async () => {
    const outsider = await makeBeneficiary(office.id);
    const kase = await openCase(
      caseworker,
      avrCaseInput({ beneficiaryId: outsider.id, projectId: office.projectId }),
    );
    await approve(caseworker, kase.id);
    expect(
      await depart(caseworker, {
        householdId: household.id,
        departedOn: "2026-05-01",
        cases: [{ caseId: kase.id, version: 3 }],
      }),
    ).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { cases: ["notAHouseholdCase"] },
    });
    expect((await stored(kase.id)).status).toBe("APPROVED_FOR_RETURN");
  });

  it("a household of three departing together counts as three AVR returns in the annual report", async () => {
    const { cases } = unwrap(
      await openAll(
        caseworker,
        bulkInput(
          office,
          household.id,
          people.map((p) => p.id),
          { openedOn: "2012-02-01" },
        ),
      ),
    );
    for (const kase of cases) await approve(caseworker, kase.id, "2012-03-01");
    unwrap(
      await depart(caseworker, {
        householdId: household.id,
        departedOn: "2012-05-01",
        cases: cases.map((c) => ({ caseId: c.id, version: 3 })),
      }),
    );
    const figures = await computeAnnualReport(db, { year: 2012 });
    expect(figures.avr.returnsByHostCountry).toStrictEqual({ MEX: 3 });
    expect(figures.avr.assisted).toBe(3);
    expect(figures.avr.byCategory.VISA_OVERSTAYER).toBe(3);
    expect(figures.migrantsAssisted).toBe(3);
  });
});
