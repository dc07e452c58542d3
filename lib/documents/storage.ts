import { db, type Tx } from "@/lib/db";

// 1 MiB a chunk: neither the upload nor the download ever holds more than about one.
export const CHUNK_BYTES = 1024 * 1024;

// Runs one read as the acting user (withActor), since a response body is pulled later,
// outside the request's database context.
export type RunAs = <T>(work: () => Promise<T>) => Promise<T>;

// Where a document's bytes live. The metadata row (documents) is always in PostgreSQL;
// `put` and `erase` run in the caller's transaction, so a failed upload leaves nothing.
export type DocumentStorage = {
  put(tx: Tx, documentId: string, chunks: AsyncIterable<Uint8Array>): Promise<void>;
  read(documentId: string, runAs: RunAs): AsyncGenerator<Uint8Array>;
  erase(tx: Tx, documentIds: string[]): Promise<void>;
};

// The default: chunks in the table document_chunks, under the same row-level security as
// the case (a chunk is visible exactly when its document is), so backups, restores and
// anonymisation cover the bytes with the rest of the record.
export const postgresStorage: DocumentStorage = {
  async put(tx, documentId, chunks) {
    let seq = 0;
    for await (const data of chunks) {
      await tx.documentChunk.create({ data: { documentId, seq, data: Buffer.from(data) } });
      seq++;
    }
  },
  async *read(documentId, runAs) {
    for (let seq = 0; ; seq++) {
      const chunk = await runAs(() =>
        db.documentChunk.findUnique({
          where: { documentId_seq: { documentId, seq } },
          select: { data: true },
        }),
      );
      if (!chunk) return;
      yield chunk.data;
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
