import { createReadStream, readdirSync } from "node:fs";
import path from "node:path";

import type { ImportSource } from "./import-interchange";

// The CSV files of a folder as import sources (opened lazily, streamed).
export function folderSources(folder: string): ImportSource[] {
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith(".csv"))
    .sort()
    .map((name) => ({ name, open: () => createReadStream(path.join(folder, name)) }));
}
