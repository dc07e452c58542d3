// ISO 4217 codes, listed here rather than read from the runtime's ICU data: Node's and the
// browser's lists differ (Node 20's has SLE, XCG and ZWG; Chromium's may not), and a
// select rendered from one and hydrated from the other is a hydration error.
export const currencies: readonly string[] = `
  AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN
  BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
  GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF
  KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR
  MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG
  SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD
  UYU UZS VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU YER ZAR ZMW ZWG ZWL`
  .trim()
  .split(/\s+/);

export function isCurrency(code: string): boolean {
  return currencies.includes(code);
}

// From ICU; a code a runtime does not know yet gets 2, the ISO 4217 default.
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

// 40000 in USD -> "400.00": the form's text for a stored amount.
export function fromMinorUnits(amountMinor: number, currency: string): string {
  const digits = minorUnits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}
