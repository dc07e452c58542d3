import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

import budget from "@/lib/cli/bundle-budget.json";

// `npm run bundle:check` (also run by `npm test -- e2e` after the build): the JavaScript a
// browser downloads to show each page for the first time, gzipped, against the budget in
// bundle-budget.json. Fails when a page goes over, so a heavy import is noticed when it is
// added, not in the field.
type RouteStats = { route: string; firstLoadChunkPaths: string[] };

const stats = JSON.parse(
  readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"),
) as RouteStats[];
const gzipped = new Map<string, number>();
const sizeOf = (chunk: string) => {
  if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(readFileSync(chunk)).length);
  return gzipped.get(chunk)!;
};
const limits = budget.routes as Record<string, number>;

let over = 0;
console.log(`${"page".padEnd(40)}${"gzip KB".padStart(9)}${"budget".padStart(8)}`);
for (const { route, firstLoadChunkPaths } of stats.toSorted((a, b) =>
  a.route.localeCompare(b.route),
)) {
  const kilobytes = firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0) / 1024;
  const limit = limits[route] ?? budget.defaultKilobytes;
  const verdict = kilobytes > limit ? "  OVER" : "";
  if (verdict) over += 1;
  console.log(
    `${route.padEnd(40)}${kilobytes.toFixed(0).padStart(9)}${String(limit).padStart(8)}${verdict}`,
  );
}
if (over > 0) {
  console.error(`\n${over} page(s) over the budget in lib/cli/bundle-budget.json`);
  process.exit(1);
}
