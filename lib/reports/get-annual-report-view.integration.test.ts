import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";
import {
  makeBeneficiary,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import { getAnnualReportView } from "./get-annual-report-view";
import { publishSelection } from "./publish-selection";

// Two offices that may be published in 2026 and, with fewer people, only as the world in 2025.
beforeAll(async () => {
  await resetDatabase();
  for (const [country, code, people2026, people2025] of [
    ["MEX", "MEX-A", 14, 12],
    ["GTM", "GTM-A", 12, 3],
  ] as const) {
    const office = await makeOffice(country, code);
    for (let i = 0; i < people2026 + people2025; i++) {
      const onCase = await makeCase(office, "AVR", {
        beneficiary: await makeBeneficiary(office.id),
        openedOn: "2020-01-01",
      });
      await makeServices(onCase, ["COUNSELLING", i < people2026 ? "2026-03-01" : "2025-03-01"]);
    }
  }
}, 120_000);

describe("the HQ annual report page's data", () => {
  it("publishes the year and the year before exactly as each would be published alone", async () => {
    const hq = await makeUser("HQ", null);
    const k = await readDisclosureThreshold(db);
    for (const filter of [{ year: 2026 }, { year: 2026, office: "GTM-A" }]) {
      const view = await getAnnualReportView(hq, filter);
      expect(view.current).toEqual(await publishSelection(db, filter, k));
      const previous = await publishSelection(db, { ...filter, year: 2025 }, k);
      expect(view.previous).toEqual(previous.ok ? previous.report : null);
    }
    // The office's year before is refused (3 people): the page shows no previous figures.
    expect((await getAnnualReportView(hq, { year: 2026, office: "GTM-A" })).previous).toBeNull();
  });
});
