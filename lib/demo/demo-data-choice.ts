// What `npm start` seeds (docs/operations.md, DEMO_DATA): the small demo (accounts, a few
// cases) goes into an empty database; the large 2011-2012 dataset that reproduces the 2012
// annual report goes in with it on a first start, so that HQ's report has figures at once.
// DEMO_DATA=small skips the large dataset; DEMO_DATA=2012 adds it even to a database in use
// (it is added once). A database that already had users gets nothing unasked.
export type DemoDataChoice = "small" | "2012";

export function demoDataChoice(setting: string | undefined): DemoDataChoice | null {
  if (setting === undefined || setting === "") return null;
  if (setting === "small" || setting === "2012") return setting;
  throw new Error(`DEMO_DATA must be "small" or "2012" (got "${setting}")`);
}

export function shouldSeedDemo2012(setting: string | undefined, isFirstStart: boolean): boolean {
  const choice = demoDataChoice(setting);
  return choice === "2012" || (choice === null && isFirstStart);
}
