import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db, pool } from "@/lib/db";
import {
  addHouseholdMemberAction,
  createHouseholdAction,
  findHouseholdCandidatesAction,
  removeHouseholdMemberAction,
  setHouseholdHeadAction,
} from "@/lib/households/actions";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeBeneficiary,
  makeHousehold,
  makeOffice,
  makeUser,
  resetDatabase,
  unwrap,
  type Input,
} from "@/lib/testing/kit";

const create = (actor: Actor, beneficiaryId: string, idempotencyKey = randomUUID()) =>
  executeAction(createHouseholdAction.definition, actor, { beneficiaryId, idempotencyKey });
const add = (actor: Actor, input: Input) =>
  executeAction(addHouseholdMemberAction.definition, actor, {
    relationship: "",
    idempotencyKey: randomUUID(),
    ...input,
  });
const remove = (actor: Actor, householdId: string, memberId: string) =>
  executeAction(removeHouseholdMemberAction.definition, actor, { householdId, memberId });
const find = (actor: Actor, householdId: string, text: string) =>
  executeAction(findHouseholdCandidatesAction.definition, actor, { householdId, text });

// The household tables and the audit log, counted in one statement: "nothing written".
async function householdCounts() {
  const { rows } = await pool.query(`
    SELECT (SELECT count(*) FROM households)::int AS households,
           (SELECT count(*) FROM household_members)::int AS members,
           (SELECT count(*) FROM audit_entries)::int AS audits`);
  return rows[0] as { households: number; members: number; audits: number };
}
const membersOf = (householdId: string) =>
  db.householdMember.findMany({
    where: { householdId },
    orderBy: { addedAt: "asc" },
    select: { beneficiaryId: true, relationship: true },
  });

describe("household membership", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let other: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let otherCaseworker: Actor;
  let mother: { id: string; ref: string };
  let child: { id: string; ref: string };

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    other = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    otherCaseworker = await makeUser("CASEWORKER", other.id);
    mother = await makeBeneficiary(office.id, { givenName: "Ana", familyName: "Lopez" });
    child = await makeBeneficiary(office.id, { givenName: "Luis", familyName: "Lopez" });
  });

  it("creates a household from a beneficiary, who heads it; the household and its audit entry are written once for a repeated submission", async () => {
    const key = randomUUID();
    const first = unwrap(await create(caseworker, mother.id, key));
    const again = unwrap(await create(caseworker, mother.id, key));
    expect(again).toStrictEqual(first);
    const stored = await db.household.findUniqueOrThrow({
      where: { id: first.id },
      select: { officeId: true, head: { select: { beneficiaryId: true } } },
    });
    expect(stored).toStrictEqual({ officeId: office.id, head: { beneficiaryId: mother.id } });
    expect(await householdCounts()).toMatchObject({ households: 1, members: 1 });
    expect((await auditRows("household.create")).map((row) => row.entity_id)).toStrictEqual([
      first.id,
    ]);
  });

  it("adds a member of the same office with a relationship to the head, and refuses a person who is already in a household", async () => {
    const household = unwrap(await create(caseworker, mother.id));
    unwrap(
      await add(caseworker, {
        householdId: household.id,
        beneficiaryId: child.id,
        relationship: "CHILD",
      }),
    );
    expect(await membersOf(household.id)).toStrictEqual([
      { beneficiaryId: mother.id, relationship: null },
      { beneficiaryId: child.id, relationship: "CHILD" },
    ]);
    const second = unwrap(await create(caseworker, (await makeBeneficiary(office.id)).id));
    const before = await householdCounts();
    expect(
      await add(caseworker, { householdId: second.id, beneficiaryId: child.id }),
    ).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { beneficiaryId: ["alreadyInHousehold"] },
    });
    expect(await create(caseworker, child.id)).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["alreadyInHousehold"] },
    });
    expect(await householdCounts()).toStrictEqual(before);
    expect((await auditRows("household.add-member")).length).toBe(1);
  });

  it("refuses another office's person as a member and another office's household, writing nothing", async () => {
    const household = unwrap(await create(caseworker, mother.id));
    const stranger = await makeBeneficiary(other.id);
    const before = await householdCounts();
    expect(
      await add(caseworker, { householdId: household.id, beneficiaryId: stranger.id }),
    ).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { beneficiaryId: ["invalidChoice"] },
    });
    // The other office's caseworker cannot see the household at all.
    expect(
      await add(otherCaseworker, { householdId: household.id, beneficiaryId: stranger.id }),
    ).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(await find(otherCaseworker, household.id, "Lopez")).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await create(otherCaseworker, child.id)).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { beneficiaryId: ["invalidChoice"] },
    });
    expect(await householdCounts()).toStrictEqual(before);
  });

  it("the picker finds people of the office by reference or name, never members of a household nor another office's people", async () => {
    const household = unwrap(await create(caseworker, mother.id));
    await makeBeneficiary(other.id, { givenName: "Rosa", familyName: "Lopez" });
    const cousin = await makeBeneficiary(office.id, { givenName: "Rosa", familyName: "Lopezz" });
    const byName = unwrap(await find(caseworker, household.id, "lopez"));
    expect(byName.map((row) => row.id).sort()).toStrictEqual([child.id, cousin.id].sort());
    expect(unwrap(await find(caseworker, household.id, child.ref))).toStrictEqual([
      { id: child.id, ref: child.ref, givenName: "Luis", familyName: "Lopez" },
    ]);
    expect(await find(caseworker, household.id, "L")).toMatchObject({
      ok: false,
      error: "VALIDATION",
    });
  });

  it("removes a member, clears the head when the head leaves, and never removes the last member", async () => {
    const household = unwrap(await create(caseworker, mother.id));
    unwrap(await add(caseworker, { householdId: household.id, beneficiaryId: child.id }));
    const [motherRow, childRow] = await db.householdMember.findMany({
      where: { householdId: household.id },
      orderBy: { addedAt: "asc" },
    });
    unwrap(await remove(caseworker, household.id, motherRow!.id));
    expect(
      await db.household.findUniqueOrThrow({
        where: { id: household.id },
        select: { headMemberId: true },
      }),
    ).toStrictEqual({ headMemberId: null });
    expect(await remove(caseworker, household.id, motherRow!.id)).toEqual({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await remove(caseworker, household.id, childRow!.id)).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { _form: ["lastHouseholdMember"] },
    });
    expect(await membersOf(household.id)).toStrictEqual([
      { beneficiaryId: child.id, relationship: null },
    ]);
    expect(
      (await auditRows("household.remove-member")).map((row) => row.changed_fields),
    ).toStrictEqual([["members", "head"]]);
  });

  it("makes another member the head, clearing that member's own relationship", async () => {
    const household = await makeHousehold(office.id, [mother, child]);
    const childRow = household.members.find((member) => member.beneficiaryId === child.id)!;
    await db.householdMember.update({
      where: { id: childRow.id },
      data: { relationship: "CHILD" },
    });
    unwrap(
      await executeAction(setHouseholdHeadAction.definition, caseworker, {
        householdId: household.id,
        memberId: childRow.id,
      }),
    );
    expect(
      await db.household.findUniqueOrThrow({
        where: { id: household.id },
        select: {
          headMemberId: true,
          members: { where: { id: childRow.id }, select: { relationship: true } },
        },
      }),
    ).toStrictEqual({ headMemberId: childRow.id, members: [{ relationship: null }] });
    expect((await auditRows("household.set-head")).length).toBe(1);
  });
});
