import { describe, expect, it } from "vitest";

import { shouldSeedDemo2012 } from "./demo-data-choice";

describe("which demo data npm start loads", () => {
  it("loads the 2012 dataset on a first start unless DEMO_DATA=small", () => {
    expect(shouldSeedDemo2012(undefined, true)).toBe(true);
    expect(shouldSeedDemo2012("", true)).toBe(true);
    expect(shouldSeedDemo2012("small", true)).toBe(false);
  });

  it("adds nothing unasked to a database that already had users", () => {
    expect(shouldSeedDemo2012(undefined, false)).toBe(false);
    expect(shouldSeedDemo2012("2012", false)).toBe(true);
  });

  it("refuses an unknown DEMO_DATA value with a message naming the choices", () => {
    expect(() => shouldSeedDemo2012("big", true)).toThrow('DEMO_DATA must be "small" or "2012"');
  });
});
