import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

import busboy from "busboy";

import { AppError } from "@/lib/errors";

export type ReceivedDocument = {
  fields: Record<string, string>;
  fileName: string;
  stream: Readable;
  // Whether the whole body was read well; `abort` stops reading it.
  done: Promise<boolean>;
  abort: () => void;
};
const malformed = () => new AppError("VALIDATION", { file: ["invalidUpload"] });

// Parses a multipart/form-data body up to its one file part, which is handed over as a
// stream to be consumed at the store's pace (backpressure reaches the socket): nothing is
// buffered or written to disk. The form's fields must come before the file.
export function receiveDocument(
  body: WebReadableStream<Uint8Array>,
  contentType: string,
): Promise<ReceivedDocument> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      defParamCharset: "utf8",
      limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12 },
    });
  } catch {
    return Promise.reject(malformed());
  }
  const fields: Record<string, string> = {};
  const source = Readable.fromWeb(body);
  const abort = () => {
    source.destroy();
    parser.destroy();
  };
  return new Promise((resolve, reject) => {
    const done = pipeline(source, parser).then(
      () => true,
      () => {
        reject(malformed());
        return false;
      },
    );
    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file") {
        stream.resume();
        return;
      }
      // An upload refused before its bytes are read is aborted: its stream then fails with
      // no reader, which must not become an uncaught error (a reader still sees it).
      stream.on("error", () => {});
      resolve({ fields, fileName: info.filename ?? "", stream, done, abort });
    });
    // The body ended without a file part.
    parser.on("finish", () => reject(malformed()));
  });
}
