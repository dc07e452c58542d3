// ISO 4217 codes and their minor units, from the runtime's own ICU data.
export const currencies: readonly string[] = Intl.supportedValuesOf("currency");

export function isCurrency(code: string): boolean {
  return currencies.includes(code);
}

export function minorUnits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

// "1234.5" in USD -> 123450. Null when the text is not an amount or has more decimals
// than the currency has minor units.
export function toMinorUnits(amount: string, currency: string): number | null {
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return null;
  const digits = minorUnits(currency);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  const value = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(value) && value <= 2_147_483_647 ? value : null;
}

export function formatMoney(amountMinor: number, currency: string, locale = "en"): string {
  const digits = minorUnits(currency);
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
    amountMinor / 10 ** digits,
  );
}

// 40000 in USD -> "400.00": the form's text for a stored amount.
export function fromMinorUnits(amountMinor: number, currency: string): string {
  const digits = minorUnits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}
