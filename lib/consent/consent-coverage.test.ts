import { describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";

import { coversHandOver, isConsentActive, type ConsentTerms } from "./consent-coverage";

const consent = (overrides: Partial<ConsentTerms> = {}): ConsentTerms => ({
  purpose: "HAND_OVER",
  givenOn: toDay("2026-03-01"),
  withdrawnOn: null,
  anyOffice: false,
  countries: ["HND", "GTM"],
  ...overrides,
});

describe("isConsentActive", () => {
  it("starts on the day given and ends on the day withdrawn", () => {
    const withdrawn = consent({ withdrawnOn: toDay("2026-04-10") });
    expect(isConsentActive(withdrawn, toDay("2026-02-28"))).toBe(false);
    expect(isConsentActive(withdrawn, toDay("2026-03-01"))).toBe(true);
    expect(isConsentActive(withdrawn, toDay("2026-04-09"))).toBe(true);
    expect(isConsentActive(withdrawn, toDay("2026-04-10"))).toBe(false);
  });
});

describe("coversHandOver", () => {
  const on = toDay("2026-03-15");

  it("covers an office whose host country is in the scope, not one outside it", () => {
    expect(coversHandOver(consent(), "HND", on)).toBe(true);
    expect(coversHandOver(consent(), "MEX", on)).toBe(false);
  });

  it("covers every office when the scope is any IOM office", () => {
    expect(coversHandOver(consent({ anyOffice: true, countries: [] }), "MEX", on)).toBe(true);
  });

  it("never covers with a consent for another purpose, or one withdrawn", () => {
    expect(coversHandOver(consent({ purpose: "ASSISTANCE" }), "HND", on)).toBe(false);
    expect(coversHandOver(consent({ withdrawnOn: toDay("2026-03-15") }), "HND", on)).toBe(false);
  });
});
