// The types a document may have, recognised by their first bytes (magic numbers), never by
// the file's name or the type the browser declared. A short allow-list of signatures is all
// the check needs: a library that knows hundreds of formats would accept more than we want.
export const MEDIA_TYPES = {
  "application/pdf": { extension: "pdf", signature: [[0, "%PDF-"]] },
  "image/png": {
    extension: "png",
    signature: [[0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]]],
  },
  "image/jpeg": { extension: "jpg", signature: [[0, [0xff, 0xd8, 0xff]]] },
  "image/webp": {
    extension: "webp",
    signature: [
      [0, "RIFF"],
      [8, "WEBP"],
    ],
  },
} as const satisfies Record<
  string,
  { extension: string; signature: readonly (readonly [number, string | readonly number[]])[] }
>;
export type MediaType = keyof typeof MEDIA_TYPES;

// Bytes needed to decide: the longest signature's end.
export const SNIFF_BYTES = 12;

function matches(head: Uint8Array, offset: number, expected: string | readonly number[]) {
  const bytes =
    typeof expected === "string" ? [...expected].map((char) => char.charCodeAt(0)) : expected;
  return bytes.every((byte, index) => head[offset + index] === byte);
}

// The allowed media type these first bytes begin, or null.
export function sniffMediaType(head: Uint8Array): MediaType | null {
  for (const [type, { signature }] of Object.entries(MEDIA_TYPES))
    if (signature.every(([offset, expected]) => matches(head, offset, expected)))
      return type as MediaType;
  return null;
}

export function isMediaType(value: string): value is MediaType {
  return Object.hasOwn(MEDIA_TYPES, value);
}

// A file name safe to hand back in Content-Disposition: no folders, no control or quoting
// characters, at most 120 characters, and the extension of what the bytes really are.
export function safeFileName(name: string, mediaType: MediaType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\p{C}"';<>|*?:]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const stem = base.replace(/\.[^.]*$/, "").slice(0, 100) || "document";
  return `${stem}.${MEDIA_TYPES[mediaType].extension}`;
}

// `attachment` or `inline`, with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187).
export function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\%]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
