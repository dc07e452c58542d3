import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { sealBeneficiarySearchAction } from "@/lib/beneficiaries/actions";
import { listBeneficiaries } from "@/lib/beneficiaries/list-beneficiaries";
import { readBeneficiaryListParams } from "@/lib/beneficiaries/read-beneficiary-list-params";
import { caseListQuerySchema } from "@/lib/cases/case-list-query";
import { sealSearchText } from "@/lib/cases/case-search-token";
import { listCases } from "@/lib/cases/list-cases";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { executeAction } from "@/lib/safe-action";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  unwrap,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

describe("the people registry (listBeneficiaries)", () => {
  let officeA: Office;
  let caseworker: Actor;
  let jose: { id: string; ref: string };
  let ana: { id: string; ref: string };
  let luis: { id: string; ref: string };

  // Through the URL, as the page does: the search is sealed by the action, then opened.
  const search = async (
    actor: Actor,
    text: string,
    birthDate = "",
    extra: Record<string, string> = {},
  ) => {
    const token = unwrap(
      await executeAction(sealBeneficiarySearchAction.definition, actor, { text, birthDate }),
    );
    const { query } = readBeneficiaryListParams({ q: token, ...extra }, actor.id);
    return withActor(actor, () => listBeneficiaries(actor, query));
  };
  const refsFound = async (text: string, birthDate = "", extra: Record<string, string> = {}) =>
    (await search(caseworker, text, birthDate, extra)).rows.map((row) => row.ref).sort();

  beforeEach(async () => {
    await resetDatabase();
    officeA = await makeOffice("MEX");
    const officeB = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", officeA.id);
    jose = await makeBeneficiary(officeA.id, {
      ref: "B-A-000001",
      givenName: "José",
      familyName: "Pérez Núñez",
      sex: "M",
      birthDate: "1990-05-12",
      nationality: "HND",
    });
    ana = await makeBeneficiary(officeA.id, {
      ref: "B-A-000002",
      givenName: "Ana",
      familyName: "García",
      birthDate: "2001-02-03",
      nationality: "GTM",
    });
    luis = await makeBeneficiary(officeA.id, {
      ref: "B-A-000003",
      givenName: "Luis",
      familyName: "Ortega",
      birthDate: "1990-05-12",
      nationality: "SLV",
    });
    await makeCase(officeA, "AVR", { beneficiary: ana });
    // Another office's José Pérez, with the same birth date and nationality.
    await makeBeneficiary(officeB.id, {
      ref: "B-B-000001",
      givenName: "José",
      familyName: "Pérez Núñez",
      birthDate: "1990-05-12",
      nationality: "HND",
    });
  });

  it("lists every person of the office, with or without a case, in name order, and no one of another office", async () => {
    const { rows, total } = await withActor(caseworker, () =>
      listBeneficiaries(caseworker, readBeneficiaryListParams({}, caseworker.id).query),
    );
    expect(total).toBe(3);
    expect(rows.map((row) => [row.ref, row.cases])).toStrictEqual([
      ["B-A-000002", 1],
      ["B-A-000003", 0],
      ["B-A-000001", 0],
    ]);
  });

  it("finds a name with or without accents, in any case and word order", async () => {
    expect(await refsFound("pérez")).toStrictEqual(["B-A-000001"]);
    expect(await refsFound("PEREZ")).toStrictEqual(["B-A-000001"]);
    expect(await refsFound("nunez jose")).toStrictEqual(["B-A-000001"]);
    expect(await refsFound("garcia")).toStrictEqual(["B-A-000002"]);
    expect(await refsFound("gar%")).toStrictEqual([]);
  });

  it("finds a person by reference, whole or in part", async () => {
    expect(await refsFound("B-A-000003")).toStrictEqual(["B-A-000003"]);
    expect(await refsFound("b-a-00000")).toStrictEqual(["B-A-000001", "B-A-000002", "B-A-000003"]);
    expect(await refsFound("B-B-000001")).toStrictEqual([]);
  });

  it("finds people by date of birth and by nationality, and combines them with the text", async () => {
    expect(await refsFound("", "1990-05-12")).toStrictEqual(["B-A-000001", "B-A-000003"]);
    expect(await refsFound("", "1990-05-12", { nationality: "SLV" })).toStrictEqual(["B-A-000003"]);
    expect(await refsFound("jose", "1990-05-12")).toStrictEqual(["B-A-000001"]);
    const byNationality = readBeneficiaryListParams({ nationality: "GTM" }, caseworker.id).query;
    const { rows } = await withActor(caseworker, () =>
      listBeneficiaries(caseworker, byNationality),
    );
    expect(rows.map((row) => row.ref)).toStrictEqual(["B-A-000002"]);
  });

  it("keeps the search out of the URL: the token shows no name or date, and opens for its author only", async () => {
    const token = unwrap(
      await executeAction(sealBeneficiarySearchAction.definition, caseworker, {
        text: "Pérez",
        birthDate: "1990-05-12",
      }),
    );
    expect(token).not.toMatch(/rez|1990/i);
    const colleague = await makeUser("CASEWORKER", officeA.id);
    const opened = readBeneficiaryListParams({ q: token }, colleague.id);
    expect(opened.query.search).toBeNull();
    expect(opened.searchDropped).toBe(true);
    // A case-list token (plain text) is dropped too, not read as a registry search.
    const caseToken = sealSearchText("Pérez", caseworker.id);
    expect(readBeneficiaryListParams({ q: caseToken }, caseworker.id).query.search).toBeNull();
  });

  it("shows another office's caseworker none of this office's people, under row-level security too", async () => {
    const other = await makeUser("CASEWORKER", (await makeOffice("SLV")).id);
    expect((await search(other, "")).total).toBe(0);
    expect((await search(other, "", "1990-05-12")).rows).toStrictEqual([]);
  });

  it("leaves out a merged record: only its survivor is listed", async () => {
    const tombstone = await makeBeneficiary(officeA.id, {
      ref: "B-A-000009",
      givenName: "Luis",
      familyName: "Ortega",
    });
    // The merge itself is tested in merge-beneficiaries; here only its mark counts.
    await db.beneficiary.update({
      where: { id: tombstone.id },
      data: { mergedIntoId: luis.id, mergedAt: new Date() },
    });
    expect(await refsFound("ortega")).toStrictEqual(["B-A-000003"]);
  });

  it("the case search also finds a case by its beneficiary's reference", async () => {
    const joseCase = await makeCase(officeA, "VOT", { beneficiary: jose, ref: "C-A-1" });
    const { rows } = await withActor(caseworker, () =>
      listCases(
        caseworker,
        caseListQuerySchema.parse({ assignee: "all", q: jose.ref.toLowerCase() }),
      ),
    );
    expect(rows.map((row) => row.id)).toStrictEqual([joseCase.id]);
  });
});
