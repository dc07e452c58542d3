import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";

import { exportAnonymisedHtcds } from "./export-anonymised-htcds";
import { exportHtcdsCases, type HtcdsFile } from "./export-htcds-cases";
import { anonymisedExportSchema, caseLevelExportSchema } from "./schemas";

const noStore = { "Cache-Control": "no-store" };

function problem(status: number, error: string, fieldErrors?: Record<string, string[]>) {
  return Response.json({ error, fieldErrors }, { status, headers: noStore });
}

// A cookie-authenticated POST: refuse one sent from another site's page.
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function fileResponse(file: HtcdsFile): Response {
  return new Response(file.csv, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "X-Htcds-Rows": String(file.rowCount),
      ...(file.keptShare === undefined
        ? {}
        : { "X-Htcds-Records-Kept": file.keptShare.toFixed(4) }),
    },
  });
}

function failure(error: unknown, task: string): Response {
  if (isAppError(error)) {
    if (error.code === "VALIDATION") return problem(400, error.code, error.fieldErrors);
    if (error.code === "NOT_FOUND") return problem(404, error.code);
    return problem(403, error.code);
  }
  console.error(`[htcds] ${task} failed: ${error instanceof Error ? error.name : "unknown"}`);
  return problem(500, "INTERNAL");
}

// POST /api/htcds/cases (JSON: reason, includeIdentifying, yearFrom, yearTo): the case-level
// file of the supervisor's office.
export async function serveHtcdsCases(request: Request, user: Actor | null): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "htcds:export-cases") || !isSameOrigin(request)) return problem(403, "FORBIDDEN");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problem(400, "VALIDATION");
  }
  const parsed = caseLevelExportSchema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      (fieldErrors[field] ??= []).push(issue.message);
    }
    return problem(400, "VALIDATION", fieldErrors);
  }
  if (parsed.data.includeIdentifying && !can(user, "htcds:export-identifying"))
    return problem(403, "FORBIDDEN");
  try {
    return fileResponse(await exportHtcdsCases(user, parsed.data));
  } catch (error) {
    return failure(error, "case-level export");
  }
}

// GET /api/htcds/anonymised[?office=<id>][&yearFrom=YYYY][&yearTo=YYYY]: the k-anonymised file.
export async function serveAnonymisedHtcds(
  params: URLSearchParams,
  user: Actor | null,
): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "htcds:export-anonymised")) return problem(403, "FORBIDDEN");
  const parsed = anonymisedExportSchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return problem(400, "VALIDATION");
  try {
    return fileResponse(await exportAnonymisedHtcds(user, parsed.data));
  } catch (error) {
    return failure(error, "anonymised export");
  }
}
