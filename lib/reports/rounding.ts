// REPORT_SPEC: percentages are computed unrounded, then rounded half away from zero to a
// whole number. Ratios of integers are rounded exactly (no binary floating point on .5).
export function roundHalfAwayFromZero(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

// round(numerator / denominator) half away from zero, exact for integers below 2^53.
export function roundRatio(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError("denominator is zero");
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const rounded = Math.floor((2 * n + d) / (2 * d));
  return negative ? -rounded : rounded;
}

// Share of `part` in `whole`, in whole per cent; null when the whole is zero.
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : roundRatio(part * 100, whole);
}

// (this − previous) / previous × 100; null when there is no previous value.
export function changePercent(current: number, previous: number): number | null {
  return previous === 0 ? null : roundRatio((current - previous) * 100, previous);
}

// Difference of two shares in points, from the unrounded shares.
export function changePoints(
  part: number,
  whole: number,
  prevPart: number,
  prevWhole: number,
): number | null {
  if (whole === 0 || prevWhole === 0) return null;
  return roundRatio(100 * (part * prevWhole - prevPart * whole), whole * prevWhole);
}
