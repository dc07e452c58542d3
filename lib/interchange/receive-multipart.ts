import { createWriteStream } from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import busboy from "busboy";

import { AppError } from "@/lib/errors";

export type ReceivedFile = { field: string; name: string; size: number; path: string };
export class UploadTooLarge extends Error {}
const malformed = () => new AppError("VALIDATION", { files: ["invalidUpload"] });

// Counts the raw body as it passes; past the limit the upload is cut off, not buffered.
function byteLimit(maxBytes: number) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? new UploadTooLarge() : null, chunk);
    },
  });
}

// Streams each file part of a multipart/form-data body to its own file in `folder`, so
// memory stays flat whatever the upload's size. Stored under numbered names: the client's
// file name is kept only as data. Fields other than files are ignored.
export async function receiveMultipart(
  body: WebReadableStream<Uint8Array>,
  contentType: string,
  folder: string,
  limits: { maxBytes: number; maxFiles: number },
): Promise<ReceivedFile[]> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: limits.maxFiles, fields: 10, fieldSize: 1024 },
    });
  } catch {
    throw malformed();
  }
  const files: ReceivedFile[] = [];
  const writes: Promise<void>[] = [];
  let tooMany = false;
  parser.on("file", (field, stream, info) => {
    const file = {
      field,
      name: path.basename(info.filename ?? ""),
      size: 0,
      path: path.join(folder, `${files.length}.upload`),
    };
    files.push(file);
    const target = createWriteStream(file.path);
    writes.push(
      pipeline(stream, target).then(() => {
        file.size = target.bytesWritten;
      }),
    );
  });
  parser.on("filesLimit", () => {
    tooMany = true;
  });
  try {
    await pipeline(Readable.fromWeb(body), byteLimit(limits.maxBytes), parser);
    await Promise.all(writes);
  } catch (error) {
    await Promise.allSettled(writes);
    throw error instanceof UploadTooLarge ? error : malformed();
  }
  if (tooMany) throw malformed();
  return files;
}
