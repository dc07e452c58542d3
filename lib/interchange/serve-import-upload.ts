import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { isAppError, type ErrorCode } from "@/lib/errors";

import { importUpload, MAX_UPLOAD_BYTES } from "./import-upload";
import { UploadTooLarge } from "./receive-multipart";

const noStore = { "Cache-Control": "no-store" };

function problem(
  status: number,
  error: ErrorCode | "TOO_LARGE",
  fieldErrors?: Record<string, string[]>,
) {
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

// POST /api/admin/import (multipart/form-data, parts named `files`): admins only, `user`
// being the session's. The answer is the import's outcome: written, or every bad row as
// file:line: column: message.
export async function serveImportUpload(request: Request, user: Actor | null): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "data:import") || !isSameOrigin(request)) return problem(403, "FORBIDDEN");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES)
    return problem(413, "TOO_LARGE");
  try {
    return Response.json(await importUpload(user, request), { headers: noStore });
  } catch (error) {
    if (error instanceof UploadTooLarge) return problem(413, "TOO_LARGE");
    if (isAppError(error))
      return problem(error.code === "VALIDATION" ? 400 : 403, error.code, error.fieldErrors);
    console.error(
      `[import] unexpected failure: ${error instanceof Error ? error.name : "unknown"}`,
    );
    return problem(500, "INTERNAL");
  }
}
