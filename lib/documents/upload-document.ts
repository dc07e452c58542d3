import "server-only";

import { createHash } from "node:crypto";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { documentMaxBytes } from "./document-size-limit";
import { safeFileName, SNIFF_BYTES, sniffMediaType, type MediaType } from "./media-types";
import { receiveDocument } from "./receive-document";
import { uploadDocumentSchema } from "./schemas";
import { CHUNK_BYTES, documentStorage } from "./storage";

export class DocumentTooLarge extends Error {}
const notAllowed = () => new AppError("VALIDATION", { file: ["documentTypeNotAllowed"] });

type Checked = { mediaType: MediaType | null; sizeBytes: number; sha256: string };

// Re-cuts the incoming file into CHUNK_BYTES pieces, refusing it at the first chunk when its
// bytes are not an allowed type and as soon as it passes `maxBytes`: the store never gets
// a piece past either. Fills `checked` as it goes.
async function* checkedChunks(source: AsyncIterable<Buffer>, maxBytes: number, checked: Checked) {
  const hash = createHash("sha256");
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const take = () => {
    const whole = Buffer.concat(pending);
    const chunk = whole.subarray(0, CHUNK_BYTES);
    const rest = whole.subarray(CHUNK_BYTES);
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    if (checked.mediaType === null) {
      checked.mediaType = sniffMediaType(chunk.subarray(0, SNIFF_BYTES));
      if (!checked.mediaType) throw notAllowed();
    }
    hash.update(chunk);
    return chunk;
  };
  for await (const piece of source) {
    checked.sizeBytes += piece.length;
    if (checked.sizeBytes > maxBytes) throw new DocumentTooLarge();
    pending.push(piece);
    pendingBytes += piece.length;
    while (pendingBytes >= CHUNK_BYTES) yield take();
  }
  if (pendingBytes > 0 || checked.mediaType === null) yield take();
  checked.sha256 = hash.digest("hex");
}

// POST /api/documents: one file with its case, type and (for a consent form) consent, read
// from a multipart body and stored chunk by chunk in one transaction with its audit entry.
// A refused or interrupted upload leaves nothing behind.
export async function uploadDocument(
  actor: Actor,
  request: Request,
  maxBytes = documentMaxBytes(),
): Promise<{ id: string }> {
  assertCan(actor, "case:write");
  const scope = officeScope(actor);
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.startsWith("multipart/form-data"))
    throw new AppError("VALIDATION", { file: ["invalidUpload"] });
  const received = await receiveDocument(
    request.body as unknown as WebReadableStream<Uint8Array>,
    contentType,
  );
  try {
    const parsed = uploadDocumentSchema.safeParse({
      caseId: received.fields.caseId,
      type: received.fields.type,
      consentId: received.fields.consentId ?? "",
    });
    if (!parsed.success) throw new AppError("VALIDATION", { _form: ["invalidUpload"] });
    const input = parsed.data;
    const id = await db.$transaction(
      async (tx) => {
        const found = await tx.case.findFirst({
          where: { id: input.caseId, ...scope },
          select: { id: true, officeId: true, anonymisedAt: true },
        });
        if (!found) throw new AppError("NOT_FOUND");
        if (found.anonymisedAt) throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
        if (input.consentId) {
          const consent = await tx.caseConsent.findFirst({
            where: { id: input.consentId, caseId: found.id },
            select: { id: true },
          });
          if (!consent) throw new AppError("VALIDATION", { consentId: ["invalidChoice"] });
        }
        const checked: Checked = { mediaType: null, sizeBytes: 0, sha256: "" };
        const document = await tx.caseDocument.create({
          data: {
            caseId: found.id,
            type: input.type,
            consentId: input.consentId,
            fileName: "",
            mediaType: "",
            sizeBytes: 0,
            sha256: "",
            uploadedById: actor.id,
          },
          select: { id: true },
        });
        await documentStorage().put(
          tx,
          document.id,
          checkedChunks(received.stream, maxBytes, checked),
        );
        await tx.caseDocument.update({
          where: { id: document.id },
          data: {
            fileName: safeFileName(received.fileName, checked.mediaType!),
            mediaType: checked.mediaType!,
            sizeBytes: checked.sizeBytes,
            sha256: checked.sha256,
          },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "document.upload",
          entityType: "document",
          entityId: document.id,
          officeId: found.officeId,
          changedFields: ["type", ...(input.consentId ? ["consentId"] : []), "content"],
        });
        return document.id;
      },
      { timeout: 30 * 60_000 },
    );
    await received.done; // the closing boundary, after the committed file
    return { id };
  } catch (error) {
    received.abort();
    throw error;
  }
}
