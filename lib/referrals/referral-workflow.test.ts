import { describe, expect, it } from "vitest";

import { ReferralStatus } from "@/lib/generated/prisma/enums";

import { canMoveReferral, coversReferral } from "./referral-workflow";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the referral workflow", () => {
  it("allows exactly sent → accepted/declined/revoked and accepted → completed/revoked", () => {
    const allowed = Object.values(ReferralStatus).flatMap((from) =>
      Object.values(ReferralStatus)
        .filter((to) => canMoveReferral(from, to))
        .map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "SENT→ACCEPTED",
      "SENT→DECLINED",
      "SENT→REVOKED",
      "ACCEPTED→COMPLETED",
      "ACCEPTED→REVOKED",
    ]);
  });

  it("is covered by a referral consent in force on the day, and by no other purpose", () => {
    const consent = {
      purpose: "REFERRAL" as const,
      givenOn: day("2026-03-01"),
      withdrawnOn: day("2026-06-01"),
      anyOffice: false,
      countries: [],
    };
    expect(coversReferral(consent, day("2026-02-28"))).toBe(false);
    expect(coversReferral(consent, day("2026-03-01"))).toBe(true);
    expect(coversReferral(consent, day("2026-05-31"))).toBe(true);
    expect(coversReferral(consent, day("2026-06-01"))).toBe(false);
    expect(coversReferral({ ...consent, purpose: "ASSISTANCE" }, day("2026-04-01"))).toBe(false);
  });
});
