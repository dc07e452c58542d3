// The year the HQ home and the annual report open on when none is asked for (one rule for
// both): the latest complete calendar year (before the current one) in which services were
// recorded; if only the current year has services, the current year; with no data at all,
// the last complete year (where the page then says there is no data and what to do).
export function defaultReportYear(yearsWithData: readonly number[], today = new Date()): number {
  const thisYear = today.getUTCFullYear();
  const complete = yearsWithData.filter((year) => year < thisYear);
  if (complete.length) return Math.max(...complete);
  return yearsWithData.includes(thisYear) ? thisYear : thisYear - 1;
}
