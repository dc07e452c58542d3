// The year the HQ home and the annual report open on when none is asked for (one rule for
// both): the latest complete calendar year (before the current one) in which services were
// recorded; with no such year, the last complete year. The current year is never the
// default: its figures are still growing.
export function defaultReportYear(yearsWithData: readonly number[], today = new Date()): number {
  const lastComplete = today.getUTCFullYear() - 1;
  const complete = yearsWithData.filter((year) => year <= lastComplete);
  return complete.length ? Math.max(...complete) : lastComplete;
}
