import { describe, expect, it } from "vitest";

import { wordsOf } from "@/lib/i18n/catalogues";
import { pseudoWords } from "@/lib/testing/pseudo-words";
import { EXPLOITATION_TYPES, LABOUR_SECTORS, SERVICE_TYPES, SEXES } from "@/lib/vocabulary";

import { AGE_GROUPS, type AnnualReport } from "./annual-report";
import { buildNarrative } from "./narrative";
import {
  publishAnnualReport,
  worldOnlyContext,
  type ComputedReport,
} from "./publish-annual-report";

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
const en = await wordsOf("en");

// The seed report's figures, as the application computes them.
function seedLikeReport(): ComputedReport {
  const share = { count: 0, pct: 0, prevPct: 0, changePoints: 0 };
  return {
    year: 2012,
    filter: { office: null, hostCountry: null, region: null },
    migrantsAssisted: 100_010,
    migrantsAssistedPrevYear: 58_830,
    changeVsPrevYearPct: 70,
    countriesOfOrigin: 191,
    activeProjects: 426,
    hostCountries: 57,
    sex: { male: 76_900, female: 23_000, other: 50, unknown: 60, malePct: 77, femalePct: 23 },
    age: { adults: 86_800, children: 13_000, unknown: 210, adultPct: 87, childPct: 13 },
    avr: {
      assisted: 93_511,
      byCategory: {
        FAILED_ASYLUM_SEEKER: 28_000,
        VISA_OVERSTAYER: 27_000,
        IRREGULAR_STRANDED: 29_000,
        OTHER: 9_511,
      },
      returnsByHostCountry: { CAN: 879, CYP: 3_058, DEU: 20_000, MEX: 880 },
    },
    counsellingSessions: 93_511,
    counsellingSessionsPrevYear: 53_830,
    reintegrationServices: 37_000,
    reintegrationServicesPrevYear: 21_000,
    vot: {
      assisted: 6_499,
      exploitation: {
        ...(Object.fromEntries(
          EXPLOITATION_TYPES.map((type) => [type, share]),
        ) as AnnualReport["vot"]["exploitation"]),
        FORCED_LABOUR: { count: 2_925, pct: 45, prevPct: 40, changePoints: 5 },
        SEXUAL: { count: 1_300, pct: 20, prevPct: 27, changePoints: -7 },
      },
      forcedLabourSectors: {
        ...zeros(LABOUR_SECTORS),
        AGRICULTURE: 1_300,
        CONSTRUCTION: 900,
        DOMESTIC_WORK: 300,
      },
      children: 1_827,
      childrenTopRegion: "Central America",
      childrenNeeds: {
        ...zeros(SERVICE_TYPES),
        SHELTER: 1_827,
        MEDICAL: 1_827,
        PSYCHOSOCIAL: 900,
        LEGAL: 600,
        TRANSPORT: 450,
        EDUCATION: 300,
        SMALL_BUSINESS: 100,
      },
    },
    votDatabase: {
      asOf: "2012-12-31",
      beneficiaries: 20_000,
      sourceCountries: 85,
      destinationCountries: 100,
    },
    prevCounts: {
      votAssisted: 5_000,
      exploitation: { ...zeros(EXPLOITATION_TYPES), FORCED_LABOUR: 2_000, SEXUAL: 1_350 },
    },
    breakdowns: {
      sexByAge: Object.fromEntries(
        SEXES.map((s) => [s, zeros(AGE_GROUPS)]),
      ) as AnnualReport["breakdowns"]["sexByAge"],
      nationality: {},
      hostCountry: {},
      region: {},
      serviceTypes: {
        ...zeros(SERVICE_TYPES),
        EMPLOYMENT: 5_000,
        INCOME_GENERATION: 5_000,
        EDUCATION: 5_000,
        VOCATIONAL_TRAINING: 5_000,
        ACCESS_TO_SERVICES: 5_000,
      },
    },
  };
}

describe("At a Glance narrative", () => {
  it("states every seed figure in the seed report's order", () => {
    const text = buildNarrative(publishAnnualReport(seedLikeReport()), en).flat().join(" ");
    const inOrder = [
      "2012",
      "100,010 migrants",
      "191 countries",
      "426 active projects",
      "57 host countries",
      "70 per cent more migrants than in 2011",
      "77 per cent were male",
      "23 per cent were female",
      "87 per cent were adults",
      "13 per cent were children",
      "irregular migrants stranded",
      "failed asylum seekers",
      "overstayed their visas",
      "Some 1,759 people",
      "Mexico and Canada",
      "more than in 2011",
      "increased post-arrival reintegration",
      "find jobs",
      "6,499 victims of human trafficking",
      "45 per cent",
      "agriculture, construction and other sectors",
      "20 per cent were victims of sexual exploitation",
      "7-point decline",
      "majority",
      "adults",
      "1,827 trafficked children",
      "mainly in Central America",
      "safe shelter",
      "medical support",
      "psychosocial support",
      "legal assistance",
      "transport",
      "education",
      "small businesses",
      "20,000 beneficiaries",
      "85 source",
      "100 destination countries",
    ];
    let from = 0;
    for (const fragment of inOrder) {
      const at = text.indexOf(fragment, from);
      expect(at, fragment).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it("lists returns from host countries outside the EEA of the year, Cyprus not among them", () => {
    const text = buildNarrative(publishAnnualReport(seedLikeReport()), en).flat().join(" ");
    expect(text).toContain(
      "Some 1,759 people also asked for IOM help to return home from Mexico and Canada.",
    );
    expect(text).not.toContain("Cyprus");
    expect(text).not.toContain("Germany");
  });

  it("counts Croatia outside the EEA in 2012 and inside it in 2014", () => {
    const report = seedLikeReport();
    report.avr.returnsByHostCountry = { HRV: 12, MEX: 20 };
    const in2012 = buildNarrative(publishAnnualReport(report), en).flat().join(" ");
    expect(in2012).toContain(
      "Some 32 people also asked for IOM help to return home from Mexico and Croatia.",
    );
    const in2014 = buildNarrative(publishAnnualReport({ ...report, year: 2014 }), en)
      .flat()
      .join(" ");
    expect(in2014).toContain("Some 20 people also asked for IOM help to return home from Mexico.");
  });

  it("says fewer and rise when the figures went the other way, and omits sentences without data", () => {
    const report = seedLikeReport();
    report.changeVsPrevYearPct = -12;
    report.vot.exploitation.SEXUAL.changePoints = 3;
    report.vot.children = 0;
    const text = buildNarrative(publishAnnualReport(report), en).flat().join(" ");
    expect(text).toContain("12 per cent fewer migrants than in 2011");
    expect(text).toContain("3-point rise");
    expect(text).not.toContain("trafficked children");
  });

  it("leaves out a share whose count is suppressed by disclosure control", () => {
    const report = seedLikeReport();
    report.sex = { male: 5, female: 40, other: 0, unknown: 0, malePct: 11, femalePct: 89 };
    report.vot.exploitation.FORCED_LABOUR = { count: 3, pct: 1, prevPct: 0, changePoints: 1 };
    const text = buildNarrative(publishAnnualReport(report), en).flat().join(" ");
    expect(text).not.toContain("per cent were male");
    expect(text).toContain("assisted 6,499 victims of human trafficking.");
    expect(text).not.toContain("forced labour");
  });
});

describe("plurals in the narrative", () => {
  // Every count goes through an ICU plural, so "1 active projects" cannot come back.
  function withCounts(count: number): string {
    const report = seedLikeReport();
    Object.assign(report, {
      migrantsAssisted: count,
      countriesOfOrigin: count,
      activeProjects: count,
      hostCountries: count,
      counsellingSessions: count,
      reintegrationServices: count,
    });
    report.avr.returnsByHostCountry = { MEX: count };
    report.vot.assisted = count === 0 ? 6_499 : count;
    report.vot.children = count;
    report.votDatabase = { ...report.votDatabase, beneficiaries: count, sourceCountries: count };
    report.votDatabase.destinationCountries = count;
    return buildNarrative(publishAnnualReport(report, worldOnlyContext(report, 1)), en)
      .flat()
      .join(" ");
  }

  it("uses the singular for 1", () => {
    const text = withCounts(1);
    expect(text).toContain(
      "helped 1 migrant from 1 country through 1 active project in 1 host country.",
    );
    expect(text).toContain("Some 1 person also asked");
    expect(text).toContain("IOM provided 1 information and counselling session to");
    expect(text).toContain("reintegration assistance to 1 service (");
    expect(text).toContain("IOM also assisted 1 victim of human trafficking");
    expect(text).toContain("also helped 1 trafficked child");
    expect(text).toContain("for 1 beneficiary in 1 source country and 1 destination country.");
  });

  it("uses the plural for 2", () => {
    const text = withCounts(2);
    expect(text).toContain(
      "helped 2 migrants from 2 countries through 2 active projects in 2 host countries.",
    );
    expect(text).toContain("Some 2 people also asked");
    expect(text).toContain("IOM provided 2 information and counselling sessions to");
    expect(text).toContain("reintegration assistance to 2 services (");
    expect(text).toContain("IOM also assisted 2 victims of human trafficking");
    expect(text).toContain("also helped 2 trafficked children");
    expect(text).toContain("for 2 beneficiaries in 2 source and 2 destination countries.");
  });

  it("uses the plural for 0", () => {
    const text = withCounts(0);
    expect(text).toContain(
      "helped 0 migrants from 0 countries through 0 active projects in 0 host countries.",
    );
    expect(text).toContain("IOM provided 0 information and counselling sessions to");
    expect(text).toContain("reintegration assistance to 0 services (");
    expect(text).toContain("for 0 beneficiaries in 0 source and 0 destination countries.");
  });
});

describe("At a Glance in any language", () => {
  it("builds every sentence from one catalogue message, numbers formatted for the locale", () => {
    // In the pseudo-language, a word the code added outside a message (English glue) would
    // leave a sentence not wholly wrapped in ⟦ ⟧.
    const sentences = buildNarrative(
      publishAnnualReport(seedLikeReport()),
      pseudoWords("fr"),
    ).flat();
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(sentence).toMatch(/^⟦[^]*⟧$/);
    // French groups thousands with a narrow no-break space, and lists with "et".
    expect(sentences.join(" ")).toContain("100\u202f010");
    expect(sentences.join(" ")).toContain(" et Canada");
  });
});
