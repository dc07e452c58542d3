import { parse } from "csv-parse/sync";

// HXL's syntax for a hashtag with its attributes (hxlstandard.org, tagging conventions):
// "#tag" then any "+attribute", lower-case letters, digits and underscores.
export const HXL_TAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/;

// A CSV read as HXL: the first row the column names, the row right under it the hashtags,
// every column tagged with a valid hashtag. Throws at the first rule broken.
export function readHxlCsv(text: string): { header: string[]; tags: string[]; rows: string[][] } {
  const [header, tags, ...rows] = parse(text.replace(/^\uFEFF/, ""), {
    relax_column_count: false,
  }) as string[][];
  if (!header || !tags) throw new Error("no header and hashtag rows");
  const untagged = tags.flatMap((tag, index) => (HXL_TAG.test(tag) ? [] : [header[index]]));
  if (tags.length !== header.length || untagged.length > 0)
    throw new Error(`columns without a valid HXL hashtag: ${untagged.join(", ")}`);
  return { header, tags, rows };
}
