import "server-only";

import { createHash, randomUUID } from "node:crypto";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { documentMaxBytes } from "./document-size-limit";
import { safeFileName, SNIFF_BYTES, sniffMediaType, type MediaType } from "./media-types";
import { receiveDocument } from "./receive-document";
import { uploadDocumentSchema, type UploadDocumentInput } from "./schemas";
import { CHUNK_BYTES, documentStorage } from "./storage";

export class DocumentTooLarge extends Error {}
const notAllowed = () => new AppError("VALIDATION", { file: ["documentTypeNotAllowed"] });

type Checked = {
  fileName: string;
  mediaType: MediaType | null;
  sizeBytes: number;
  sha256: string;
};

// Re-cuts the incoming file into CHUNK_BYTES pieces, refusing it at the first chunk when its
// bytes are not an allowed type and as soon as it passes `maxBytes`: the store never gets
// a piece past either. Fills `checked` as it goes.
async function* checkedChunks(
  source: AsyncIterable<Buffer>,
  maxBytes: number,
  checked: Checked,
  fileName: string,
) {
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
      checked.fileName = safeFileName(fileName, checked.mediaType);
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

// One transaction on a connection of its own (the pool sets the actor at BEGIN, so row-level
// security applies): the row, its chunks as they arrive, and the audit entry.
async function storeDocument(
  actor: Actor,
  officeId: string,
  input: UploadDocumentInput,
  chunksOf: (checked: Checked) => AsyncIterable<Uint8Array>,
): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const found = await client.query<{ id: string; anonymised: boolean }>(
      "SELECT id, anonymised_at IS NOT NULL AS anonymised FROM cases WHERE id = $1 AND office_id = $2",
      [input.caseId, officeId],
    );
    if (found.rows.length === 0) throw new AppError("NOT_FOUND");
    if (found.rows[0]!.anonymised) throw new AppError("VALIDATION", { _form: ["caseAnonymised"] });
    if (input.consentId) {
      const consent = await client.query(
        "SELECT 1 FROM case_consents WHERE id = $1 AND case_id = $2",
        [input.consentId, input.caseId],
      );
      if (consent.rows.length === 0)
        throw new AppError("VALIDATION", { consentId: ["invalidChoice"] });
    }
    const id = randomUUID();
    await client.query(
      `INSERT INTO documents (id, case_id, type, consent_id, file_name, media_type, size_bytes, sha256, uploaded_by_id)
       VALUES ($1, $2, $3::"DocumentType", $4, '', '', 0, '', $5)`,
      [id, input.caseId, input.type, input.consentId, actor.id],
    );
    const checked: Checked = { fileName: "", mediaType: null, sizeBytes: 0, sha256: "" };
    await documentStorage().put(client, id, chunksOf(checked));
    await client.query(
      "UPDATE documents SET file_name = $2, media_type = $3, size_bytes = $4, sha256 = $5 WHERE id = $1",
      [id, checked.fileName, checked.mediaType, checked.sizeBytes, checked.sha256],
    );
    await client.query(
      `INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, office_id, changed_fields)
       VALUES ($1, 'document.upload', 'document', $2, $3, $4)`,
      [actor.id, id, officeId, ["type", ...(input.consentId ? ["consentId"] : []), "content"]],
    );
    await client.query("COMMIT");
    return id;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
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
    const id = await storeDocument(actor, scope.officeId, input, (checked) =>
      checkedChunks(received.stream, maxBytes, checked, received.fileName),
    );
    await received.done; // the closing boundary, after the committed file
    return { id };
  } catch (error) {
    received.abort();
    throw error;
  }
}
