import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { HXL_FILE_NAME, hxlMetadata, type HxlPart } from "./hxl-metadata";
import { publishAllYears } from "./publish-all-years";
import { allYearsToHxlCsv } from "./report-hxl";

// The multi-year HXL file or its metadata, as HQ may export them.
export async function getHxlExport(actor: Actor, part: HxlPart): Promise<Response> {
  assertCan(actor, "report:export");
  const allYears = await publishAllYears(db, await readDisclosureThreshold(db));
  const headers = { "Cache-Control": "no-store" };
  if (part === "metadata") return Response.json(hxlMetadata(allYears), { headers });
  return new Response(allYearsToHxlCsv(allYears), {
    headers: {
      ...headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${HXL_FILE_NAME}"`,
    },
  });
}
