import { beforeEach, describe, expect, it } from "vitest";

import { listAuditEntries } from "@/lib/admin/list-audit-entries";
import { auditListQuerySchema } from "@/lib/admin/schemas";
import type { Actor } from "@/lib/auth/actor";
import { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";
import { getCase } from "@/lib/cases/get-case";
import { db } from "@/lib/db";
import { makeCase, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

describe("audit of views and the admin audit browser", () => {
  let admin: Actor;
  let caseworker: Actor;
  let caseId: string;
  let beneficiaryId: string;

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice();
    admin = await makeUser("ADMIN", null);
    caseworker = await makeUser("CASEWORKER", office.id);
    const record = await makeCase(office);
    caseId = record.id;
    beneficiaryId = record.beneficiaryId;
  });

  it("logs each view of a case and of a beneficiary with actor and record id, and no personal values", async () => {
    await getCase(caseworker, caseId);
    await getBeneficiary(caseworker, beneficiaryId);

    const views = await db.auditEntry.findMany({
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true, entityId: true, changedFields: true },
    });
    expect(views).toStrictEqual([
      { action: "case.view", actorId: caseworker.id, entityId: caseId, changedFields: [] },
      {
        action: "beneficiary.view",
        actorId: caseworker.id,
        entityId: beneficiaryId,
        changedFields: [],
      },
    ]);
  });

  it("does not log a view of another office's case, which the caseworker cannot see", async () => {
    const other = await makeOffice();
    const otherCaseworker = await makeUser("CASEWORKER", other.id);
    expect(await getCase(otherCaseworker, caseId)).toBeNull();
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("filters by action prefix and record type, newest first, for admins only", async () => {
    await getCase(caseworker, caseId);
    await getBeneficiary(caseworker, beneficiaryId);
    await getCase(caseworker, caseId);

    const caseViews = await listAuditEntries(
      admin,
      auditListQuerySchema.parse({ action: "case.", entityType: "case" }),
    );
    expect(caseViews.total).toBe(2);
    expect(caseViews.rows.map((row) => [row.seq, row.action, row.actorName])).toStrictEqual([
      [3, "case.view", caseworker.name],
      [1, "case.view", caseworker.name],
    ]);
    await expect(
      listAuditEntries(caseworker, auditListQuerySchema.parse({})),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
