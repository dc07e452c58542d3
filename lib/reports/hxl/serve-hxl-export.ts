import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

import { problem } from "../serve-annual-report";
import { getHxlExport } from "./get-hxl-export";
import { hxlExportQuerySchema } from "./hxl-metadata";

// GET /api/reports/hxl[?part=metadata]: every year's published figures as HXL, for HQ.
export async function serveHxlExport(params: URLSearchParams): Promise<Response> {
  return hxlExportResponse(await getCurrentUser(), params);
}

export async function hxlExportResponse(
  user: Actor | null,
  params: URLSearchParams,
): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "report:export")) return problem(403, "FORBIDDEN");
  const parsed = hxlExportQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return problem(400, "VALIDATION");
  return getHxlExport(user, parsed.data.part);
}
