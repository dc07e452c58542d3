import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { withActor } from "@/lib/db-context";
import { isAppError, type ErrorCode } from "@/lib/errors";

import { contentDisposition } from "./media-types";
import { openDocument } from "./open-document";
import { DocumentTooLarge, uploadDocument } from "./upload-document";

const noStore = { "Cache-Control": "no-store" };
const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
};

function problem(status: number, error: ErrorCode | "TOO_LARGE", fieldErrors?: unknown) {
  return Response.json({ error, fieldErrors }, { status, headers: noStore });
}

function fromError(error: unknown, what: string): Response {
  if (error instanceof DocumentTooLarge) return problem(413, "TOO_LARGE");
  if (isAppError(error)) return problem(STATUS[error.code] ?? 403, error.code, error.fieldErrors);
  console.error(`[documents] ${what} failed: ${error instanceof Error ? error.name : "unknown"}`);
  return problem(500, "INTERNAL");
}

// A cookie-authenticated POST: refuse one sent from another site's page (as the import does).
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

// POST /api/documents (multipart: caseId, type, consentId?, then one part `file`): field
// staff of the case's office only, checked here, not by any middleware. `user` is the
// session's.
export async function serveDocumentUpload(
  request: Request,
  user: Actor | null,
  maxBytes?: number,
): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "case:write") || !isSameOrigin(request)) return problem(403, "FORBIDDEN");
  try {
    const created = await withActor(user, () => uploadDocument(user, request, maxBytes));
    return Response.json(created, { status: 201, headers: noStore });
  } catch (error) {
    return fromError(error, "upload");
  }
}

// GET /api/documents/:id (attachment) and /api/documents/:id/preview (inline, images and
// PDFs): the bytes streamed chunk by chunk, each read as the user, under row-level security.
export async function serveDocument(
  documentId: string,
  user: Actor | null,
  purpose: "download" | "view",
): Promise<Response> {
  if (!user) return problem(401, "UNAUTHENTICATED");
  if (!can(user, "case:read")) return problem(403, "FORBIDDEN");
  const runAs = <T>(work: () => Promise<T>) => withActor(user, work);
  try {
    const document = await runAs(() => openDocument(user, documentId, purpose, runAs));
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await document.chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await document.chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        ...noStore,
        "Content-Type": document.mediaType,
        "Content-Length": String(document.sizeBytes),
        "Content-Disposition": contentDisposition(
          purpose === "view" ? "inline" : "attachment",
          document.fileName,
        ),
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return fromError(error, "download");
  }
}
