import { describe, expect, it } from "vitest";

import { caseListQuerySchema, countFormFilters } from "@/lib/cases/case-list-query";

const defaults = { sort: "openedOn", dir: "desc", page: 1, size: 25 };

describe("caseListQuerySchema", () => {
  it("gives the defaults for an empty query: newest opening first, page 1 of 25, no filter", () => {
    expect(caseListQuerySchema.parse({})).toStrictEqual(defaults);
  });

  it("keeps every valid value, coercing page and size from URL text and trimming q", () => {
    expect(
      caseListQuerySchema.parse({
        q: "  perez ",
        kind: "VOT",
        status: "ASSISTING",
        sex: "F",
        nationality: "HND",
        age: "child",
        openedFrom: "2026-01-01",
        openedTo: "2026-03-31",
        sort: "name",
        dir: "asc",
        page: "3",
        size: "100",
      }),
    ).toStrictEqual({
      q: "perez",
      kind: "VOT",
      status: "ASSISTING",
      sex: "F",
      nationality: "HND",
      age: "child",
      openedFrom: "2026-01-01",
      openedTo: "2026-03-31",
      sort: "name",
      dir: "asc",
      page: 3,
      size: 100,
    });
  });

  it("keeps the drill-down filters of the office's annual report, coercing the year", () => {
    expect(
      caseListQuerySchema.parse({
        servedIn: "2012",
        serviceType: "RETURN_TRAVEL",
        ageAtService: "unknown",
        exploitation: "FORCED_LABOUR",
        sector: "AGRICULTURE",
        category: "VISA_OVERSTAYER",
        ageAtIdentification: "child",
        identifiedTo: "2012-12-31",
      }),
    ).toStrictEqual({
      ...defaults,
      servedIn: 2012,
      serviceType: "RETURN_TRAVEL",
      ageAtService: "unknown",
      exploitation: "FORCED_LABOUR",
      sector: "AGRICULTURE",
      category: "VISA_OVERSTAYER",
      ageAtIdentification: "child",
      identifiedTo: "2012-12-31",
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ["kind not in the enum", { kind: "RESETTLEMENT" }],
    ["kind in lower case", { kind: "avr" }],
    ["status not in the enum", { status: "ARCHIVED" }],
    ["sex not in the enum", { sex: "Q" }],
    ["nationality XXX", { nationality: "XXX" }],
    ["nationality in lower case", { nationality: "hnd" }],
    ["age 'old'", { age: "old" }],
    ["openedFrom 'yesterday'", { openedFrom: "yesterday" }],
    ["openedTo 2026-02-30", { openedTo: "2026-02-30" }],
    ["a q of spaces", { q: "   " }],
    ["a q over 400 characters (a sealed search token is far shorter)", { q: "x".repeat(401) }],
    ["a repeated param (an array)", { kind: ["AVR", "VOT"] }],
    ["servedIn 'last'", { servedIn: "last" }],
    ["servedIn 20126", { servedIn: "20126" }],
    ["serviceType not in the enum", { serviceType: "CASH" }],
    ["ageAtService 'old'", { ageAtService: "old" }],
    ["exploitation not in the enum", { exploitation: "LABOUR" }],
    ["ageAtIdentification 'adult' (only children are linked)", { ageAtIdentification: "adult" }],
    ["identifiedTo 2012-12-32", { identifiedTo: "2012-12-32" }],
  ])("drops %s (treated as no filter)", (_label, params) => {
    const parsed = caseListQuerySchema.parse(params);

    expect(parsed).toStrictEqual({ ...defaults, [Object.keys(params)[0]!]: undefined });
  });

  it.each<[string, Record<string, unknown>, Partial<typeof defaults>]>([
    ["sort by an unknown column", { sort: "password" }, { sort: "openedOn" }],
    ["dir 'sideways'", { dir: "sideways" }, { dir: "desc" }],
    ["page 0", { page: "0" }, { page: 1 }],
    ["page -1", { page: "-1" }, { page: 1 }],
    ["page 2.5", { page: "2.5" }, { page: 1 }],
    ["page 'two'", { page: "two" }, { page: 1 }],
    ["page 100001", { page: "100001" }, { page: 1 }],
    ["size 30 (not offered)", { size: "30" }, { size: 25 }],
    ["size 'all'", { size: "all" }, { size: 25 }],
  ])("falls back to the default for %s", (_label, params, expected) => {
    expect(caseListQuerySchema.parse(params)).toStrictEqual({ ...defaults, ...expected });
  });

  it("accepts the page sizes 25, 50 and 100, and the largest page 100000", () => {
    expect(
      [25, 50, 100].map((size) => caseListQuerySchema.parse({ size: String(size) }).size),
    ).toStrictEqual([25, 50, 100]);
    expect(caseListQuerySchema.parse({ page: "100000" }).page).toBe(100_000);
  });
});

describe("countFormFilters", () => {
  it("counts the form's filters and a search, not the sort, the page or the report's drill-down", () => {
    const query = caseListQuerySchema.parse({
      kind: "VOT",
      openedFrom: "2026-01-01",
      servedIn: "2025",
      sort: "ref",
      page: "3",
    });
    expect(countFormFilters(query, "")).toBe(2);
    expect(countFormFilters(query, " Pérez ")).toBe(3);
    expect(countFormFilters(caseListQuerySchema.parse({}), "  ")).toBe(0);
  });
});
