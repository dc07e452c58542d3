import type { ClientBase } from "pg";

import { pool, type Tx } from "@/lib/db";

// 1 MiB a chunk: neither the upload nor the download ever holds more than about one.
export const CHUNK_BYTES = 1024 * 1024;

// Runs one read as the acting user (withActor), since a response body is pulled later,
// outside the request's database context.
export type RunAs = <T>(work: () => Promise<T>) => Promise<T>;

// Where a document's bytes live. The metadata row (documents) is always in PostgreSQL.
// `put` runs on the upload's own pg connection inside its transaction, and `erase` in the
// caller's Prisma transaction, so a failed upload or deletion leaves nothing half done.
// The bytes go through pg directly, never through Prisma: Prisma's Bytes values cost a
// multiple of their size in memory (measured: 320 MB for 100 MB of chunks).
export type DocumentStorage = {
  put(client: ClientBase, documentId: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
  read(documentId: string, runAs: RunAs): AsyncGenerator<Uint8Array>;
  erase(tx: Tx, documentIds: string[]): Promise<void>;
};

// The default: chunks in the table document_chunks, under the same row-level security as
// the case (a chunk is visible exactly when its document is), so backups, restores and
// anonymisation cover the bytes with the rest of the record.
export const postgresStorage: DocumentStorage = {
  async put(client, documentId, chunks) {
    let seq = 0;
    for await (const data of chunks) {
      await client.query(
        "INSERT INTO document_chunks (document_id, seq, data) VALUES ($1, $2, $3)",
        [documentId, seq, data],
      );
      seq++;
    }
  },
  async *read(documentId, runAs) {
    for (let seq = 0; ; seq++) {
      const { rows } = await runAs(() =>
        pool.query<{ data: Buffer }>(
          "SELECT data FROM document_chunks WHERE document_id = $1 AND seq = $2",
          [documentId, seq],
        ),
      );
      if (rows.length === 0) return;
      yield rows[0]!.data;
    }
  },
  async erase(tx, documentIds) {
    await tx.documentChunk.deleteMany({ where: { documentId: { in: documentIds } } });
  },
};

// DOCUMENT_STORAGE selects the store; only PostgreSQL is implemented (docs/operations.md).
export function documentStorage(configured = process.env.DOCUMENT_STORAGE): DocumentStorage {
  if (configured && configured !== "postgres")
    throw new Error(`DOCUMENT_STORAGE=${configured} is not supported (only "postgres")`);
  return postgresStorage;
}
