import { expect, it } from "vitest";

import { ownerPool } from "@/lib/testing/kit";
import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

// The report's SQL asks is_reintegration_service(); the application lists the same types.
// Both must name the same set, or the report and the plan form disagree.
it("is_reintegration_service() holds for exactly the reintegration service types", async () => {
  const { rows } = await ownerPool().query<{ type: string }>(
    `SELECT type::text FROM unnest(enum_range(NULL::"ServiceType")) type
      WHERE is_reintegration_service(type) ORDER BY type`,
  );
  expect(rows.map((row) => row.type)).toEqual([...REINTEGRATION_SERVICE_TYPES].sort());
});
