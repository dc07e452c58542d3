// REPORT_SPEC's disclosure threshold: a published cell of fewer people than this is hidden
// (lib/reports/disclosure.ts applies it). IOM's rule of 10 is the least anyone may set.
export const MIN_DISCLOSURE_THRESHOLD = 10;

// The threshold may be raised by configuration, never lowered below IOM's 10.
export function disclosureThreshold(configured = process.env.REPORT_DISCLOSURE_THRESHOLD): number {
  const value = Number(configured);
  return Number.isInteger(value) && value > MIN_DISCLOSURE_THRESHOLD
    ? value
    : MIN_DISCLOSURE_THRESHOLD;
}
