import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";

import { showCell, showDay, showMoment, showMoney } from "@/lib/i18n/format";
import { toMinorUnits } from "@/lib/money/currency";

const formatterOf = (locale: string, timeZone = "UTC") => createFormatter({ locale, timeZone });
const en = formatterOf("en");
const plain = (text: string) => text.replace(/\s/g, " ");

describe("showMoney", () => {
  it.each<[number, string, string]>([
    [1250, "USD", "$12.50"],
    [0, "USD", "$0.00"],
    [123_456_789, "USD", "$1,234,567.89"],
    [100, "JPY", "¥100"],
    [1234, "BHD", "BHD 1.234"],
  ])("formats %i minor units of %s as %j in English", (amountMinor, currency, expected) => {
    expect(plain(showMoney(en, amountMinor, currency))).toBe(expected);
  });

  it("follows the user's language: 1250 EUR in French is '12,50 €'", () => {
    expect(plain(showMoney(formatterOf("fr"), 1250, "EUR"))).toBe("12,50 €");
  });

  it("round-trips with toMinorUnits for a 3-decimal currency", () => {
    expect(plain(showMoney(en, toMinorUnits("9.005", "BHD")!, "BHD"))).toBe("BHD 9.005");
  });
});

describe("showDay and showMoment", () => {
  const day = new Date("2026-03-01T00:00:00Z");

  it("a day stays the same day in an office west of UTC", () => {
    expect(showDay(formatterOf("en", "America/Mexico_City"), day)).toBe("Mar 1, 2026");
    expect(showDay(formatterOf("es", "America/Mexico_City"), day)).toBe("1 mar 2026");
    expect(showDay(en, null)).toBe("");
  });

  it("an instant is shown in the office's time zone, in the user's language", () => {
    const at = new Date("2026-03-01T03:30:00Z");
    expect(plain(showMoment(formatterOf("en", "America/Mexico_City"), at))).toBe(
      "Feb 28, 2026, 9:30 PM CST",
    );
    expect(plain(showMoment(formatterOf("fr"), at))).toBe("1 mars 2026, 03:30 UTC");
  });
});

describe("showCell", () => {
  it("formats counts in the user's language and leaves suppression markers as they are", () => {
    expect(showCell(en, 12345)).toBe("12,345");
    expect(plain(showCell(formatterOf("fr"), 12345))).toBe("12 345");
    expect(showCell(en, "<10")).toBe("<10");
  });
});
