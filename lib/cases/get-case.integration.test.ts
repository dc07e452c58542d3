import { beforeEach, describe, expect, it } from "vitest";

import { getCase } from "@/lib/cases/get-case";
import { AppError } from "@/lib/errors";
import { makeCase, makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

describe("getCase", () => {
  let officeA: Awaited<ReturnType<typeof makeOffice>>;
  let officeB: Awaited<ReturnType<typeof makeOffice>>;
  let caseA: Awaited<ReturnType<typeof makeCase>>;
  let caseB: Awaited<ReturnType<typeof makeCase>>;

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    officeB = await makeOffice("GTM");
    caseA = await makeCase(officeA, "AVR");
    caseB = await makeCase(officeB, "VOT");
  });

  it("gives a caseworker of office A the case of office A", async () => {
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    const found = await getCase(caseworker, caseA.id);

    expect(found).toMatchObject({
      id: caseA.id,
      ref: caseA.ref,
      kind: "AVR",
      status: "OPEN",
      office: { code: officeA.code },
    });
  });

  it("gives a caseworker of office A null for office B's case id (cross-office guess)", async () => {
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    expect(await getCase(caseworker, caseB.id)).toBeNull();
  });

  it("gives a supervisor of office A their own case and null for office B's case", async () => {
    const supervisor = await makeUser("SUPERVISOR", officeA.id);

    expect(await getCase(supervisor, caseA.id)).toMatchObject({ id: caseA.id });
    expect(await getCase(supervisor, caseB.id)).toBeNull();
  });

  it("gives the same null for another office's case as for a case that does not exist", async () => {
    const caseworker = await makeUser("CASEWORKER", officeB.id);

    expect(await getCase(caseworker, caseA.id)).toBeNull();
    expect(await getCase(caseworker, "0b8e6a4e-3f0c-4d8e-9a51-2c7d3b1f9e60")).toBeNull();
    expect(await getCase(caseworker, caseB.id)).toMatchObject({ id: caseB.id, kind: "VOT" });
  });

  it.each(["HQ", "ADMIN"] as const)("refuses %s with AppError FORBIDDEN", async (role) => {
    const actor = await makeUser(role, null);

    const error = await getCase(actor, caseA.id).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });

  it("gives null for an id that is not a uuid", async () => {
    const caseworker = await makeUser("CASEWORKER", officeA.id);

    expect(await getCase(caseworker, "not-a-uuid")).toBeNull();
    expect(await getCase(caseworker, "")).toBeNull();
    expect(await getCase(caseworker, `${caseA.id}' OR '1'='1`)).toBeNull();
  });
});
