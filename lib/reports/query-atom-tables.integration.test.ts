import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import type {
  CaseKind,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  ServiceType,
  Sex,
} from "@/lib/generated/prisma/enums";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";
import { SERVICE_TYPES } from "@/lib/vocabulary";

import { computeAnnualReport } from "./compute-annual-report";
import { reportTables } from "./publish-annual-report";
import { queryAtomTables } from "./query-atom-tables";

// A small deterministic generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

const OFFICES = [
  ["MEX", "MEX-A"],
  ["MEX", "MEX-B"],
  ["GTM", "GTM-A"],
  ["DEU", "DEU-A"],
  ["FRA", "FRA-A"],
  ["FRA", "FRA-B"],
] as const;
const CODES = OFFICES.map(([, code]) => code);
// Atoms as the plan makes them (disjoint sets of offices), coarse and fine.
const PARTITIONS: string[][][] = [
  [["MEX-A", "MEX-B", "GTM-A"], ["DEU-A"], ["FRA-A", "FRA-B"]],
  CODES.map((code) => [code]),
  [["MEX-A", "DEU-A", "FRA-B"], ["MEX-B"], ["GTM-A", "FRA-A"]],
  [CODES],
];
const YEARS = [2025, 2026];
let multiOffice = 0;

beforeAll(async () => {
  await resetDatabase();
  const { next, pick } = random(20261201);
  const at = new Map<string, Awaited<ReturnType<typeof makeOffice>>>();
  for (const [country, code] of OFFICES) at.set(code, await makeOffice(country, code));
  const kinds: CaseKind[] = ["AVR", "REINTEGRATION", "VOT"];
  const days = ["2025-02-01", "2025-11-30", "2026-01-05", "2026-06-15", "2026-12-31"];
  for (let i = 0; i < 120; i++) {
    // Born so that some are children on some dates and adults on others.
    const birth = pick(["1980-05-01", "2008-03-01", "2014-07-01", null]);
    const beneficiary = await makeBeneficiary(at.get(pick(CODES))!.id, {
      sex: pick<Sex>(["M", "F", "X", "U"]),
      birthDate: birth,
      nationality: pick(["HND", "SLV", "SYR", "NGA", null]),
    });
    const offices = next() < 0.3 ? [pick(CODES), pick(CODES)] : [pick(CODES)];
    if (new Set(offices).size > 1) multiOffice++;
    for (const code of offices) {
      const kind = pick(kinds);
      const type = pick<ExploitationType>(["FORCED_LABOUR", "SEXUAL", "FORCED_BEGGING"]);
      const onCase = await makeCase(at.get(code)!, kind, {
        beneficiary,
        openedOn: "2000-01-01",
        migrantCategory: pick<MigrantCategory>([
          "FAILED_ASYLUM_SEEKER",
          "VISA_OVERSTAYER",
          "OTHER",
        ]),
        identifiedOn: pick(["2025-03-01", "2026-02-01"]),
        exploitationTypes: [type],
        labourSector:
          type === "FORCED_LABOUR"
            ? pick<LabourSector>(["AGRICULTURE", "CONSTRUCTION", "FISHING"])
            : undefined,
      });
      const count = 1 + Math.floor(next() * 3);
      await makeServices(
        onCase,
        ...Array.from({ length: count }, (): [ServiceType, string] => [
          pick<ServiceType>([...SERVICE_TYPES.slice(0, 4), "RETURN_TRAVEL", "SHELTER"]),
          pick(days),
        ]),
      );
    }
  }
}, 240_000);

describe("the atoms' cells from one grouped statement", () => {
  it("equal the controlled tables of the whole report run on each atom alone", async () => {
    // The dataset must hold people with rows in several offices, or folding is not tested.
    expect(multiOffice).toBeGreaterThan(10);
    for (const year of YEARS) {
      for (const atoms of PARTITIONS) {
        const grouped = await queryAtomTables(
          db,
          year,
          atoms.map((offices) => ({ offices })),
        );
        const expected = [];
        for (const offices of atoms)
          expected.push(reportTables(await computeAnnualReport(db, { year }, offices)));
        expect(grouped, `${year} ${JSON.stringify(atoms)}`).toEqual(expected);
        // The random data reaches the rarer cells too.
        const whole = grouped.length === 1 ? grouped[0]! : null;
        if (whole) {
          expect(Object.keys(whole.returns).length).toBeGreaterThan(0);
          expect(whole.subtotals.votChildren).toBeGreaterThan(0);
          expect(Object.values(whole.childrenNeeds).some((n) => n > 0)).toBe(true);
        }
      }
    }
  }, 120_000);

  it("gives zeros for an atom whose offices have nobody in the year", async () => {
    const [tables] = await queryAtomTables(db, 2030, [{ offices: ["MEX-A"] }]);
    expect(tables).toEqual(reportTables(await computeAnnualReport(db, { year: 2030 }, ["MEX-A"])));
    expect(tables!.subtotals.counselling).toBe(0);
  });
});
