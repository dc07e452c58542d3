import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { pool } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatRowError } from "./columns";
import { importInterchange } from "./import-interchange";

export const importUploadSchema = z.object({
  files: z.array(z.instanceof(File)).min(1).max(5),
});

export type ImportOutcome = { imported: boolean; errors: string[]; errorCount: number; rowsWritten: number };

// The admin upload page's import: the same all-or-nothing import as `npm run import`.
export async function importUploadedFiles(actor: Actor, input: z.output<typeof importUploadSchema>): Promise<ImportOutcome> {
  assertCan(actor, "data:import");
  const sources = input.files.map((file) => ({
    name: file.name,
    open: () => Readable.fromWeb(file.stream() as unknown as WebReadableStream<Uint8Array>),
  }));
  const client = await pool.connect();
  try {
    const result = await importInterchange(client, sources, actor.id);
    if (!result.ok) return { imported: false, errors: result.errors.map(formatRowError), errorCount: result.errorCount, rowsWritten: 0 };
    return { imported: true, errors: [], errorCount: 0, rowsWritten: result.rowsWritten };
  } finally {
    client.release();
  }
}
