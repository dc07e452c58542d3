import { describe, expect, it } from "vitest";

import { sealText, unsealText } from "@/lib/crypto/sealed-text";

describe("sealed text for URLs", () => {
  it("round-trips text, including accents and Arabic, without showing it in the token", () => {
    for (const text of ["Pérez", "محمد", "MEX-TAP-AVR-2026-000001"]) {
      const token = sealText(text);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(token).not.toContain(text);
      expect(unsealText(token)).toBe(text);
    }
  });

  it("gives a different token each time for the same text", () => {
    expect(sealText("Pérez")).not.toBe(sealText("Pérez"));
  });

  it("returns null for a tampered, truncated or foreign token instead of throwing", () => {
    const token = sealText("Pérez");
    const tampered = `${token.slice(0, -2)}${token.endsWith("A") ? "B" : "A"}${token.slice(-1)}`;
    expect(unsealText(tampered)).toBeNull();
    expect(unsealText(token.slice(0, 20))).toBeNull();
    expect(unsealText("perez")).toBeNull();
  });
});

describe("sealed secrets at rest", () => {
  it("opens only with the same purpose and the same owner it was sealed for", () => {
    const sealed = sealText("JBSWY3DPEHPK3PXP", { purpose: "mfa-secret", boundTo: "user-a" });
    expect(unsealText(sealed, { purpose: "mfa-secret", boundTo: "user-a" })).toBe(
      "JBSWY3DPEHPK3PXP",
    );
    expect(unsealText(sealed, { purpose: "mfa-secret", boundTo: "user-b" })).toBeNull();
    expect(unsealText(sealed, { boundTo: "user-a" })).toBeNull();
    expect(unsealText(sealed)).toBeNull();
  });
});
