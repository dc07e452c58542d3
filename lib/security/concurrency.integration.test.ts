import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { registerBeneficiaryAction } from "@/lib/beneficiaries/actions";
import { changeCaseStatusAction, updateCaseAction } from "@/lib/cases/actions";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import {
  avrCaseInput,
  beneficiaryInput,
  makeBeneficiary,
  makeOffice,
  makeUser,
  openCase,
  resetDatabase,
  statusInput,
  updateInputFrom,
} from "@/lib/testing/kit";

const writers = 25;

describe("many simultaneous writers", () => {
  let caseworkers: Actor[];
  let opened: Record<string, unknown>;
  let caseId: string;

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice();
    caseworkers = await Promise.all(
      Array.from({ length: 5 }, () => makeUser("CASEWORKER", office.id)),
    );
    const beneficiary = await makeBeneficiary(office.id);
    opened = avrCaseInput({ beneficiaryId: beneficiary.id, projectId: office.projectId });
    caseId = (await openCase(caseworkers[0]!, opened)).id;
  });

  it(`${writers} conflicting edits of the same version: exactly one is saved, every other writer is told CONFLICT`, async () => {
    const results = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        executeAction(
          updateCaseAction.definition,
          caseworkers[index % 5]!,
          updateInputFrom(opened, caseId, 1, { travelDetails: `route ${index}` }),
        ),
      ),
    );
    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "CONFLICT")).toHaveLength(
      writers - 1,
    );
    const stored = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { travelDetails: true, version: true },
    });
    expect(stored).toStrictEqual({ travelDetails: `route ${winners[0]}`, version: 2 });
    expect(await db.auditEntry.count({ where: { action: "case.update" } })).toBe(1);
  });

  it("writers that reload and retry after a conflict all get their edit in, one after another: zero lost updates", async () => {
    const accepted: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, index) => {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const { version } = await db.case.findUniqueOrThrow({
            where: { id: caseId },
            select: { version: true },
          });
          const result = await executeAction(
            updateCaseAction.definition,
            caseworkers[index % 5]!,
            updateInputFrom(opened, caseId, version, { travelDetails: `leg ${index}` }),
          );
          if (result.ok) return void accepted.push(`leg ${index}`);
          expect(result.error).toBe("CONFLICT");
        }
        throw new Error("a writer never got its edit in");
      }),
    );
    const stored = await db.case.findUniqueOrThrow({
      where: { id: caseId },
      select: { travelDetails: true, version: true },
    });
    expect(accepted).toHaveLength(10);
    expect(stored.version).toBe(11);
    expect(stored.travelDetails).toBe(accepted.at(-1));
    expect(await db.auditEntry.count({ where: { action: "case.update" } })).toBe(10);
  });

  it(`${writers} simultaneous status changes from the same version: one transition is recorded, the rest are refused`, async () => {
    const results = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        executeAction(
          changeCaseStatusAction.definition,
          caseworkers[index % 5]!,
          statusInput(caseId, 1, index % 2 ? "COUNSELLING" : "CLOSED", "2026-03-05", "closing"),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error === "CONFLICT")).toHaveLength(
      writers - 1,
    );
    expect(await db.caseStatusChange.count({ where: { caseId, fromStatus: { not: null } } })).toBe(
      1,
    );
  });

  it(`the same registration submitted ${writers} times at once creates exactly one beneficiary`, async () => {
    const input = beneficiaryInput({ givenName: "Concurrent", familyName: "Submission" });
    const results = await Promise.all(
      Array.from({ length: writers }, () =>
        executeAction(registerBeneficiaryAction.definition, caseworkers[0]!, input),
      ),
    );
    const ids = new Set(
      results.map((result) => (result.ok ? (result.data as { id: string }).id : result.error)),
    );
    expect(ids.size).toBe(1);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.beneficiary.count({ where: { givenName: "Concurrent" } })).toBe(1);
  });
});
