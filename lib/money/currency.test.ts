import { describe, expect, it } from "vitest";

import { isCurrency, minorUnits, toMinorUnits } from "@/lib/money/currency";

describe("minorUnits and isCurrency", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["BHD", 3],
    ["KWD", 3],
  ])("%s has %i minor units", (currency, digits) => {
    expect(minorUnits(currency)).toBe(digits);
  });

  it("knows ISO 4217 codes in upper case only, and not made-up ones", () => {
    expect(isCurrency("USD")).toBe(true);
    expect(isCurrency("BHD")).toBe(true);
    expect(isCurrency("XYZ")).toBe(false);
    expect(isCurrency("usd")).toBe(false);
    expect(isCurrency("")).toBe(false);
  });
});

describe("toMinorUnits", () => {
  it.each<[string, string, number]>([
    ["12.50", "USD", 1250],
    ["12.5", "USD", 1250],
    ["12", "USD", 1200],
    ["0.01", "USD", 1],
    ["0", "USD", 0],
    [" 7.05 ", "USD", 705],
    ["100", "JPY", 100],
    ["1.234", "BHD", 1234],
    ["1.2", "BHD", 1200],
    ["21474836.47", "USD", 2_147_483_647],
  ])("%j in %s is %i", (amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["more decimals than USD has", "1.234", "USD"],
    ["any decimal in JPY", "100.5", "JPY"],
    ["more decimals than BHD has", "1.2345", "BHD"],
    ["an empty text", "", "USD"],
    ["letters", "abc", "USD"],
    ["a negative amount", "-5", "USD"],
    ["a plus sign", "+5", "USD"],
    ["a decimal comma", "12,50", "USD"],
    ["thousands separators", "1,000.00", "USD"],
    ["exponent notation", "1e3", "USD"],
    ["a leading point", ".5", "USD"],
    ["a trailing point", "5.", "USD"],
    ["a currency symbol", "$5", "USD"],
    ["more than the 32-bit column holds", "21474836.48", "USD"],
    ["13 integer digits", "1000000000000", "JPY"],
  ])("is null for %s (%j in %s)", (_label, amount, currency) => {
    expect(toMinorUnits(amount, currency)).toBeNull();
  });
});
