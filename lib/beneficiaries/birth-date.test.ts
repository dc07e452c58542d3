import { describe, expect, it } from "vitest";

import { ageOn, birthDateFromAge, isChildOn } from "@/lib/beneficiaries/birth-date";
import { toDay } from "@/lib/dates";

describe("ageOn", () => {
  it.each<[string, string, number]>([
    ["1990-06-15", "2026-06-14", 35],
    ["1990-06-15", "2026-06-15", 36],
    ["1990-06-15", "2026-06-16", 36],
    ["1990-06-15", "2026-12-31", 36],
    ["1990-06-15", "2026-01-01", 35],
    ["2026-03-01", "2026-03-01", 0],
    ["2025-12-31", "2026-01-01", 0],
  ])("born %s is %i on %s", (born, on, age) => {
    expect(ageOn(toDay(born), toDay(on))).toBe(age);
  });

  it.each<[string, number]>([
    ["2026-02-27", 17],
    ["2026-02-28", 17],
    ["2026-03-01", 18],
    ["2028-02-28", 19],
    ["2028-02-29", 20],
  ])(
    "born 2008-02-29: on %s is %i (in a common year the birthday counts from 1 March)",
    (on, age) => {
      expect(ageOn(toDay("2008-02-29"), toDay(on))).toBe(age);
    },
  );
});

describe("isChildOn", () => {
  it("is true the day before the 18th birthday and false on it", () => {
    expect(isChildOn(toDay("2008-06-15"), toDay("2026-06-14"))).toBe(true);
    expect(isChildOn(toDay("2008-06-15"), toDay("2026-06-15"))).toBe(false);
  });

  it("a 29 February birthday: still a child on 28 February of the common 18th year, adult on 1 March", () => {
    expect(isChildOn(toDay("2008-02-29"), toDay("2026-02-28"))).toBe(true);
    expect(isChildOn(toDay("2008-02-29"), toDay("2026-03-01"))).toBe(false);
  });

  it("is null when the birth date or the day is unknown", () => {
    expect(isChildOn(null, toDay("2026-01-01"))).toBeNull();
    expect(isChildOn(toDay("2010-01-01"), null)).toBeNull();
  });
});

describe("birthDateFromAge", () => {
  it("is 1 July of (this year - age)", () => {
    expect(birthDateFromAge(30, new Date("2026-11-28T10:00:00Z"))).toStrictEqual(
      toDay("1996-07-01"),
    );
    expect(birthDateFromAge(0, new Date("2026-11-28T10:00:00Z"))).toStrictEqual(
      toDay("2026-07-01"),
    );
  });

  it("takes the UTC year: 31 December 23:30 UTC is still that year", () => {
    expect(birthDateFromAge(10, new Date("2026-12-31T23:30:00Z"))).toStrictEqual(
      toDay("2016-07-01"),
    );
    expect(birthDateFromAge(10, new Date("2027-01-01T00:30:00Z"))).toStrictEqual(
      toDay("2017-07-01"),
    );
  });

  it("keeps the error within one year: an estimated 30 is 29 or 30 on any day of the year", () => {
    const born = birthDateFromAge(30, new Date("2026-11-28T00:00:00Z"));
    expect(ageOn(born, toDay("2026-01-01"))).toBe(29);
    expect(ageOn(born, toDay("2026-07-01"))).toBe(30);
    expect(ageOn(born, toDay("2026-12-31"))).toBe(30);
  });
});
