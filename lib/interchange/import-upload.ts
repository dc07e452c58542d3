import "server-only";

import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { formatRowError } from "./columns";
import { importInterchange } from "./import-interchange";
import { receiveMultipart } from "./receive-multipart";

export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 5;

// What the upload must hold once on disk: one to five non-empty parts named `files`.
export const uploadedFilesSchema = z
  .array(
    z.object({
      field: z.literal("files"),
      name: z.string().min(1).max(255),
      size: z.number().int().min(1),
    }),
  )
  .min(1)
  .max(MAX_UPLOAD_FILES);

export type ImportOutcome = {
  imported: boolean;
  errors: string[];
  errorCount: number;
  rowsWritten: number;
};

// The admin upload: the request body is streamed to temporary files, then imported with
// the same streamed, all-or-nothing, idempotent import as `npm run import` (which also
// writes the audit entry). The temporary files are removed whatever happens.
export async function importUpload(
  actor: Actor,
  request: Request,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<ImportOutcome> {
  assertCan(actor, "data:import");
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !contentType.startsWith("multipart/form-data"))
    throw new AppError("VALIDATION", { files: ["invalidUpload"] });
  const folder = await mkdtemp(path.join(os.tmpdir(), "passage-import-"));
  try {
    const received = await receiveMultipart(
      request.body as unknown as WebReadableStream<Uint8Array>,
      contentType,
      folder,
      { maxBytes, maxFiles: MAX_UPLOAD_FILES },
    );
    const files = received.filter((file) => file.size > 0);
    const parsed = uploadedFilesSchema.safeParse(files);
    if (!parsed.success) throw new AppError("VALIDATION", { files: ["invalidUpload"] });
    const sources = files.map((file) => ({
      name: file.name,
      open: () => createReadStream(file.path),
    }));
    const client = await pool.connect();
    try {
      const result = await importInterchange(client, sources, actor.id);
      if (!result.ok)
        return {
          imported: false,
          errors: result.errors.map(formatRowError),
          errorCount: result.errorCount,
          rowsWritten: 0,
        };
      return { imported: true, errors: [], errorCount: 0, rowsWritten: result.rowsWritten };
    } finally {
      client.release();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
