import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { resolveAvrCase } from "@/lib/cases/resolve-case-links";
import { toDay } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import { setFallbackDbContextForTests, withActor } from "@/lib/db-context";
import {
  makeCase,
  makeConsent,
  makeDocument,
  makeHousehold,
  makeOffice,
  makePlan,
  makeProvider,
  makeReferral,
  makeServices,
  makeUser,
  ownerPool,
  resetDatabase,
} from "@/lib/testing/kit";

// Every personal-data table. A new one goes here and gets a row in seedOffice(); the catalog
// test at the end fails until it does.
const PROTECTED = [
  "beneficiaries",
  "case_consents",
  "case_follow_ups",
  "case_notes",
  "case_status_changes",
  "cases",
  "document_chunks",
  "documents",
  "household_members",
  "households",
  "inbox_messages",
  "monitoring_visits",
  "plan_authors",
  "plan_decisions",
  "plan_items",
  "referrals",
  "reintegration_plans",
  "report_beneficiary_years",
  "report_vot_cases",
  "service_providers",
  "services",
  "sustainability_answers",
  "sustainability_surveys",
];

// One row in every protected table, for one office (written in the tests' system scope).
async function seedOffice(hostCountry: string) {
  const office = await makeOffice(hostCountry);
  const user = await makeUser("CASEWORKER", office.id);
  const avr = await makeCase(office, "AVR");
  const kase = await makeCase(office, "REINTEGRATION");
  await makeCase(office, "VOT"); // its row in report_vot_cases comes from the summary triggers
  const day = toDay("2026-03-01");
  const indicator = await db.sustainabilityIndicator.findFirstOrThrow({ select: { id: true } });
  await db.caseStatusChange.create({ data: { caseId: kase.id, toStatus: "ASSESSMENT" } });
  await makeServices(kase, ["EMPLOYMENT", "2026-03-01"]); // and report_beneficiary_years
  await makeConsent(kase, user, { purpose: "HAND_OVER", anyOffice: true });
  await makeReferral(kase, (await makeProvider(office.id)).id);
  await makeDocument(kase, user);
  const plan = await makePlan(kase, user); // and plan_items
  await db.planDecision.create({
    data: { planId: plan.id, decidedById: user.id, decision: "RETURN", comment: "More detail" },
  });
  await db.inboxMessage.create({
    data: { userId: user.id, caseId: kase.id, planId: plan.id, kind: "PLAN_RETURNED" },
  });
  await db.monitoringVisit.create({
    data: { caseId: kase.id, visitedOn: day, visitedById: user.id },
  });
  await db.caseNote.create({
    data: {
      caseId: kase.id,
      kind: "PHONE_CALL",
      contactOn: day,
      text: "Called",
      authorId: user.id,
    },
  });
  await db.caseFollowUp.create({
    data: { caseId: kase.id, createdById: user.id, dueOn: day, text: "Call back" },
  });
  await db.sustainabilitySurvey.create({
    data: {
      caseId: kase.id,
      surveyedOn: day,
      surveyedById: user.id,
      compositeScore: 0.5,
      answers: { create: [{ indicatorId: indicator.id, answer: 2, weight: 1 }] },
    },
  });
  await makeHousehold(office.id, [{ id: avr.beneficiaryId }]);
  return { office, user, avr, kase };
}

const countAll = async (client: { query: typeof pool.query }) => {
  const counts: Record<string, number> = {};
  for (const table of PROTECTED)
    counts[table] = (
      await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
    ).rows[0]!.n;
  return counts;
};

describe("row-level security on personal data (the app's role, a second line behind office scoping)", () => {
  let a: Awaited<ReturnType<typeof seedOffice>>;
  let b: Awaited<ReturnType<typeof seedOffice>>;
  let hq: Actor;

  beforeAll(() => setFallbackDbContextForTests(undefined));
  afterAll(() => setFallbackDbContextForTests({ userId: null, officeId: null, scope: "all" }));

  beforeEach(async () => {
    await resetDatabase();
    setFallbackDbContextForTests({ userId: null, officeId: null, scope: "all" });
    a = await seedOffice("MEX");
    b = await seedOffice("DEU");
    hq = await makeUser("HQ", null);
    setFallbackDbContextForTests(undefined);
  });

  it("connects as passage_app, which is not a superuser, cannot bypass RLS and owns no table", async () => {
    const { rows } = await pool.query<{
      user: string;
      rolsuper: boolean;
      rolbypassrls: boolean;
      owned: number;
    }>(`
      SELECT current_user AS user, r.rolsuper, r.rolbypassrls,
             -- The job queue's own schema is created by the app at run time (pg-boss); the
             -- app's data lives in public, which the owner holds.
             (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relowner = r.oid AND c.relkind = 'r' AND n.nspname <> 'pgboss') AS owned
      FROM pg_roles r WHERE r.rolname = current_user`);
    expect(rows).toStrictEqual([
      { user: "passage_app", rolsuper: false, rolbypassrls: false, owned: 0 },
    ]);
  });

  it("shows nothing from any protected table when no actor is set, though every table has rows", async () => {
    const owner = await countAll(ownerPool());
    expect(Object.values(owner).every((n) => n >= 2)).toBe(true);
    expect(await countAll(pool)).toStrictEqual(
      Object.fromEntries(PROTECTED.map((table) => [table, 0])),
    );
    expect(await db.case.count()).toBe(0);
  });

  it("returns only the actor's office when a query forgets the office filter", async () => {
    await withActor(a.user, async () => {
      expect(
        new Set(
          (await db.case.findMany({ select: { officeId: true } })).map((row) => row.officeId),
        ),
      ).toStrictEqual(new Set([a.office.id]));
      expect(
        new Set(
          (await db.beneficiary.findMany({ select: { officeId: true } })).map(
            (row) => row.officeId,
          ),
        ),
      ).toStrictEqual(new Set([a.office.id]));
      const services = await db.service.findMany({
        select: { case: { select: { officeId: true } } },
      });
      expect(services.map((row) => row.case.officeId)).toStrictEqual([a.office.id]);
      const raw = await db.$queryRaw<
        { office_id: string }[]
      >`SELECT DISTINCT c.office_id::text FROM services s JOIN cases c ON c.id = s.case_id`;
      expect(raw).toStrictEqual([{ office_id: a.office.id }]);
      expect(await db.case.findUnique({ where: { id: b.kase.id } })).toBeNull();
      // Interactive transactions carry the same settings.
      expect(await db.$transaction((tx) => tx.planItem.count())).toBe(1);
    });
    // A bare (lazy) Prisma promise handed back to the wrapper still runs inside its context.
    expect(await withActor(a.user, () => db.case.count())).toBe(3);
    const counts = await withActor(a.user, () => countAll(pool));
    expect(counts).toStrictEqual(
      Object.fromEntries(
        PROTECTED.map((table) => [table, table === "cases" || table === "beneficiaries" ? 3 : 1]),
      ),
    );
  });

  it("shows an actor without an office (HQ) no personal data outside the report's system scope", async () => {
    expect(await withActor(hq, () => countAll(pool))).toStrictEqual(
      Object.fromEntries(PROTECTED.map((table) => [table, 0])),
    );
  });

  it("refuses writes into another office's records", async () => {
    await withActor(a.user, async () => {
      expect(
        (await db.case.updateMany({ where: { id: b.kase.id }, data: { travelDetails: "x" } }))
          .count,
      ).toBe(0);
      expect((await db.service.deleteMany({ where: { caseId: b.kase.id } })).count).toBe(0);
      await expect(
        // kit-exempt: the refused write is what this test is about.
        db.service.create({
          data: { caseId: b.kase.id, type: "COUNSELLING", deliveredOn: toDay("2026-03-02") },
        }),
      ).rejects.toThrow(/row-level security/);
      await expect(
        // kit-exempt: the refused write is what this test is about.
        db.beneficiary.create({
          data: {
            ref: "B-OTHER",
            officeId: b.office.id,
            givenName: "X",
            familyName: "Y",
            sex: "F",
          },
        }),
      ).rejects.toThrow(/row-level security/);
      // Moving one's own record into another office is refused too (WITH CHECK).
      await expect(
        db.case.update({ where: { id: a.kase.id }, data: { officeId: b.office.id } }),
      ).rejects.toThrow(/row-level security/);
    });
    const { rows } = await ownerPool().query(
      "SELECT count(*)::int AS n FROM services WHERE case_id = $1",
      [b.kase.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it("still confirms another office's AVR case that returned to the citing office's country, revealing only its id; one that returned elsewhere reads as missing", async () => {
    const cite = (ref: string) =>
      withActor(a.user, () =>
        resolveAvrCase(db, { kind: "REINTEGRATION", avrCaseRef: ref }, a.office.id),
      );
    await expect(cite(b.avr.ref)).rejects.toMatchObject({ code: "VALIDATION" });
    await ownerPool().query("UPDATE cases SET return_country = 'MEX' WHERE id = $1", [b.avr.id]);
    expect(await cite(b.avr.ref)).toBe(b.avr.id);
    await expect(cite(b.kase.ref)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("lifts the office restriction only under the role passage_system, which the app's role may switch to but does not inherit", async () => {
    const client = await pool.connect();
    const count = async () =>
      (await client.query<{ n: number }>("SELECT count(*)::int AS n FROM cases")).rows[0]!.n;
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('passage.scope', 'all', true)");
      expect(await count()).toBe(0); // the old scope setting alone no longer opens anything
      await client.query("SELECT set_config('role', 'passage_system', true)");
      expect(await count()).toBe(6);
      await client.query("COMMIT");
      expect(await count()).toBe(0); // the role ends with the transaction
    } finally {
      client.release();
    }
    const { rows } = await ownerPool().query(`
      SELECT m.inherit_option, m.set_option FROM pg_auth_members m
       WHERE m.roleid = 'passage_system'::regrole AND m.member = 'passage_app'::regrole`);
    expect(rows).toStrictEqual([{ inherit_option: false, set_option: true }]);
  });

  it("scopes by a plain equality, so the planner expects as many of an office's cases under RLS as without it", async () => {
    setFallbackDbContextForTests({ userId: null, officeId: null, scope: "all" });
    for (let i = 0; i < 40; i++) await makeCase(i % 4 === 0 ? b.office : a.office, "AVR");
    setFallbackDbContextForTests(undefined);
    await ownerPool().query("ANALYZE cases");
    const estimate = async (role: "passage_app" | "passage_system") => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT set_config('passage.office_id', $1, true)", [a.office.id]);
        if (role === "passage_system") await client.query("SET LOCAL ROLE passage_system");
        const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(
          "EXPLAIN (FORMAT JSON) SELECT id FROM cases WHERE office_id = $1",
          [a.office.id],
        );
        await client.query("ROLLBACK");
        return rows[0]!["QUERY PLAN"][0].Plan["Plan Rows"];
      } finally {
        client.release();
      }
    };
    const withoutRls = await estimate("passage_system");
    expect(withoutRls).toBeGreaterThan(20);
    expect(await estimate("passage_app")).toBe(withoutRls);
  });

  it("does not let the app's role turn security off or rewrite the audit log", async () => {
    await withActor(a.user, () =>
      db.auditEntry.create({ data: { action: "test", entityType: "case" } }),
    );
    for (const statement of [
      "ALTER TABLE cases DISABLE ROW LEVEL SECURITY",
      "ALTER TABLE cases NO FORCE ROW LEVEL SECURITY",
      "DROP POLICY passage_scope ON cases",
      "UPDATE audit_entries SET action = 'tampered'",
      "DELETE FROM audit_entries",
      "TRUNCATE audit_entries",
      "TRUNCATE cases",
      "SET ROLE postgres",
      "CREATE TABLE public.sneaky (id int)",
    ]) {
      await expect(pool.query(statement), statement).rejects.toThrow(
        /must be owner|permission denied/,
      );
    }
  });

  it("forces RLS, with a policy, on every table that refers to a beneficiary or a case, however indirectly", async () => {
    // Walks foreign keys outwards from beneficiaries and cases, and takes every table with a
    // beneficiary_id column (the report summaries have no foreign key): a table added later
    // with personal data fails here until it gets passage_protect_by_*().
    const { rows } = await ownerPool().query<{ table: string; forced: boolean; policies: number }>(`
      WITH RECURSIVE personal(oid) AS (
        SELECT 'beneficiaries'::regclass::oid UNION SELECT 'cases'::regclass::oid
        UNION SELECT attrelid FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
          WHERE a.attname = 'beneficiary_id' AND t.relkind = 'r' AND t.relnamespace = 'public'::regnamespace
        UNION SELECT con.conrelid FROM pg_constraint con JOIN personal p ON con.confrelid = p.oid WHERE con.contype = 'f'
      )
      SELECT c.relname AS table, c.relrowsecurity AND c.relforcerowsecurity AS forced,
             (SELECT count(*)::int FROM pg_policy WHERE polrelid = c.oid) AS policies
      FROM personal JOIN pg_class c ON c.oid = personal.oid ORDER BY c.relname`);
    expect(rows.filter((row) => !row.forced || row.policies === 0)).toStrictEqual([]);
    // The provider directory refers to no person, but is office data under the same policy.
    expect(rows.map((row) => row.table)).toStrictEqual(
      PROTECTED.filter((table) => table !== "service_providers"),
    );
  });
});
