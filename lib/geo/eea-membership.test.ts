import { describe, expect, it } from "vitest";

import { eeaMembers, isEeaMember, isEeaMemberOn } from "./eea-membership";

describe("EEA membership by year", () => {
  it("counts Cyprus from the 2004 enlargement, so it is in the EEA of 2012", () => {
    expect(isEeaMember("CYP", 2003)).toBe(false);
    expect(isEeaMember("CYP", 2004)).toBe(true);
    expect(isEeaMember("CYP", 2012)).toBe(true);
  });

  it("counts Croatia from July 2013 only", () => {
    expect(isEeaMember("HRV", 2012)).toBe(false);
    expect(isEeaMember("HRV", 2014)).toBe(true);
    expect(isEeaMemberOn("HRV", "2013-06-30")).toBe(false);
  });

  it("keeps the United Kingdom until the end of the transition period, 31 December 2020", () => {
    expect(isEeaMember("GBR", 2019)).toBe(true);
    expect(isEeaMember("GBR", 2020)).toBe(true);
    expect(isEeaMember("GBR", 2021)).toBe(false);
    expect(isEeaMemberOn("GBR", "2021-01-01")).toBe(false);
  });

  it("has Bulgaria and Romania from 2007, and the EFTA members but never Switzerland", () => {
    expect(isEeaMember("BGR", 2006)).toBe(false);
    expect(isEeaMember("ROU", 2007)).toBe(true);
    expect(isEeaMember("NOR", 1994)).toBe(true);
    expect(isEeaMember("ISL", 2012)).toBe(true);
    expect(isEeaMemberOn("LIE", "1995-04-30")).toBe(false);
    expect(isEeaMember("LIE", 1995)).toBe(true);
    expect(isEeaMember("CHE", 2012)).toBe(false);
    expect(isEeaMember("MEX", 2012)).toBe(false);
  });

  it("has 30 members in 2012 (27 EU countries, Iceland, Liechtenstein and Norway), 31 in 2014", () => {
    expect(eeaMembers(2012)).toHaveLength(30);
    expect(eeaMembers(2014)).toHaveLength(31);
    expect(eeaMembers(2021)).toHaveLength(30);
  });
});
