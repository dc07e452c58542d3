import { describe, expect, it } from "vitest";

import { isChildOn } from "@/lib/beneficiaries/birth-date";
import { toDay } from "@/lib/dates";

import { surrogateBirthDate } from "./surrogate-birth-date";

describe("surrogateBirthDate", () => {
  it("is 1 January of the birth year when no relevant date falls near the 18th birthday", () => {
    expect(
      surrogateBirthDate(toDay("2000-05-15"), [toDay("2010-03-01"), toDay("2030-01-01")]),
    ).toEqual(toDay("2000-01-01"));
  });

  it("moves to 1 January of the next year when the birth year's would turn a child into an adult", () => {
    // Child on 2018-03-01 (turns 18 on 2018-05-15); born 2000-01-01 would already be 18.
    expect(surrogateBirthDate(toDay("2000-05-15"), [toDay("2018-03-01")])).toEqual(
      toDay("2001-01-01"),
    );
  });

  it("falls back to a day of the birth month when dates around the 18th birthday pin it down", () => {
    const dates = [toDay("2018-05-10"), toDay("2018-05-20")];
    const surrogate = surrogateBirthDate(toDay("2000-05-15"), dates);
    expect(surrogate).toEqual(toDay("2000-05-11"));
    expect(dates.map((on) => isChildOn(surrogate, on))).toEqual([true, false]);
  });

  it("keeps a 29 February birth's classification on 28 February of a common year", () => {
    const birth = toDay("2008-02-29");
    const dates = [toDay("2026-02-28"), toDay("2026-03-01")];
    const surrogate = surrogateBirthDate(birth, dates);
    expect(dates.map((on) => isChildOn(surrogate, on))).toEqual([true, false]);
    expect(surrogate).not.toEqual(birth);
  });
});
