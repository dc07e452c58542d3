import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import {
  attack,
  publishDataset,
  type DatasetOffice,
  type Person,
} from "@/lib/testing/disclosure-attacker";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  resetDatabase,
} from "@/lib/testing/kit";

import type { ReportFilter } from "./annual-report";
import type { PublishedReport } from "./publish-annual-report";
import { publishSelection } from "./publish-selection";

const K = 10;
const some = (n: number, fields: Partial<Person> = {}): Person[] =>
  Array.from({ length: n }, () => ({ sex: "M", age: "adult", nat: "AAA", vot: null, ...fields }));

// The Berlin example of the security review, beside a larger office in the same region and
// one in another: two people in Berlin, one a victim of sexual exploitation.
const DATASET: DatasetOffice[] = [
  {
    office: "DEU-BER",
    country: "DEU",
    region: "Western Europe",
    people: [
      { sex: "M", age: "adult", nat: "BBB", vot: null },
      { sex: "F", age: "adult", nat: "CCC", vot: "SEXUAL" },
    ],
  },
  {
    office: "FRA-PAR",
    country: "FRA",
    region: "Western Europe",
    people: [
      ...some(14),
      ...some(4, { sex: "F", nat: "BBB" }),
      ...some(3, { age: "child", vot: "FORCED_LABOUR" }),
      ...some(4, { sex: "X", age: "unknown", nat: "DDD", vot: "SEXUAL" }),
    ],
  },
  {
    office: "MEX-TAP",
    country: "MEX",
    region: "Central America",
    people: [
      ...some(20, { sex: "F" }),
      ...some(10, { vot: "FORCED_LABOUR" }),
      ...some(1, { sex: "U" }),
    ],
  },
];

const BIRTH = { adult: "1980-05-01", child: "2015-05-01", unknown: null } as const;

beforeAll(async () => {
  await resetDatabase();
  for (const { office: code, country, people } of DATASET) {
    const at = await makeOffice(country, code);
    for (const p of people) {
      const beneficiary = await makeBeneficiary(at.id, {
        sex: p.sex,
        birthDate: BIRTH[p.age],
        nationality: p.nat,
      });
      const onCase = p.vot
        ? await makeCase(at, "VOT", {
            beneficiary,
            exploitationTypes: [p.vot],
            identifiedOn: "2026-01-10",
          })
        : await makeCase(at, "AVR", { beneficiary });
      await makeServices(onCase, ["COUNSELLING", "2026-03-01"]);
    }
  }
}, 120_000);

// The figures the attacker reads, from a report published through PostgreSQL.
const modelled = (report: PublishedReport) => ({
  migrantsAssisted: report.migrantsAssisted,
  sex: { ...report.sex, malePct: null, femalePct: null },
  age: { ...report.age, adultPct: null, childPct: null },
  avrAssisted: report.avr.assisted,
  votChildren: report.vot.children,
  counselling: report.counsellingSessions,
  sexByAge: report.breakdowns.sexByAge,
  nationality: report.breakdowns.nationality,
  votAssisted: report.vot.assisted,
  exploitation: Object.fromEntries(
    Object.entries(report.vot.exploitation).map(([type, share]) => [type, share.count]),
  ),
  hostCountry: report.breakdowns.hostCountry,
  region: report.breakdowns.region,
});

const FILTERS: Record<string, ReportFilter> = {
  world: { year: 2026 },
  "region:Western Europe": { year: 2026, region: "Western Europe" },
  "region:Central America": { year: 2026, region: "Central America" },
  "country:DEU": { year: 2026, hostCountry: "DEU" },
  "country:FRA": { year: 2026, hostCountry: "FRA" },
  "country:MEX": { year: 2026, hostCountry: "MEX" },
  "office:DEU-BER": { year: 2026, office: "DEU-BER" },
  "office:FRA-PAR": { year: 2026, office: "FRA-PAR" },
  "office:MEX-TAP": { year: 2026, office: "MEX-TAP" },
};

describe("publishing selections through the real report query", () => {
  it("refuses Berlin (2 people) and its country, and Paris, whose region less Paris is Berlin", async () => {
    expect(await publishSelection(db, FILTERS["office:DEU-BER"]!, K)).toEqual({
      ok: false,
      reason: "too-small",
      threshold: K,
    });
    expect(await publishSelection(db, FILTERS["country:DEU"]!, K)).toMatchObject({
      ok: false,
      reason: "too-small",
    });
    expect(await publishSelection(db, FILTERS["office:FRA-PAR"]!, K)).toMatchObject({
      ok: false,
      reason: "differencing",
    });
    // An office outside the region asked for selects nobody.
    expect(
      await publishSelection(db, { year: 2026, office: "MEX-TAP", region: "Western Europe" }, K),
    ).toMatchObject({ ok: false });
  });

  it("publishes every other selection exactly as the pure model the attack test attacks, and the attacker recovers nothing", async () => {
    const pure = publishDataset(DATASET, K);
    for (const [node, filter] of Object.entries(FILTERS)) {
      const published = await publishSelection(db, filter, K);
      const expected = pure.views.get(node);
      expect(published.ok, node).toBe(expected !== undefined);
      if (published.ok && expected)
        expect(modelled(published.report), node).toEqual(modelled(expected));
      if (!published.ok) expect(published.reason, node).toBe(pure.refused.get(node));
    }
    const result = attack(DATASET, pure, K);
    expect(result.targets).toBeGreaterThan(0);
    expect(result.recovered).toEqual([]);
  }, 60_000);
});
