import {
  isSmall,
  markHidden,
  protectLine,
  SECONDARY_MARKER,
  type PublishedCell,
} from "./disclosure";

// One breakdown's suppression pattern, the same in every selection (docs/disclosure-control.md):
// a column is hidden in every filtered view when any atom (see disclosure-plan) has 1 to k-1
// people in it, so differences of selections only ever meet hidden columns' sums; the world
// view hides its own small cells and enough secondary cells, chosen among those columns.
export type CountRecord = Record<string, number>;
export type TablePlan = {
  keys: string[];
  hiddenInViews: Set<string>;
  hiddenInWorld: Set<string>;
  withheld: boolean;
};

const withheldPlan = (keys: string[]): TablePlan => ({
  keys,
  hiddenInViews: new Set(keys),
  hiddenInWorld: new Set(keys),
  withheld: true,
});

// hasTotal: the table's cells sum to a published figure (assumed whenever in doubt).
export function planTable(
  world: CountRecord,
  atoms: readonly CountRecord[],
  threshold: number,
  hasTotal = true,
): TablePlan {
  const keys = [...new Set([world, ...atoms].flatMap((record) => Object.keys(record)))].sort();
  const value = (record: CountRecord, key: string) => record[key] ?? 0;
  const inViews = new Set(
    keys.filter((key) => atoms.some((atom) => isSmall(value(atom, key), threshold))),
  );
  const forced = new Set<string>();
  for (;;) {
    // One hidden column would be the difference of a view's total and its visible cells.
    if (hasTotal && inViews.size === 1) {
      const extra = keys
        .filter((key) => !inViews.has(key) && value(world, key) > 0)
        .sort((a, b) => value(world, a) - value(world, b) || a.localeCompare(b))[0];
      if (extra === undefined) return withheldPlan(keys);
      inViews.add(extra);
    }
    const indexes = (set: Set<string>) =>
      new Set(keys.flatMap((key, index) => (set.has(key) ? [index] : [])));
    const hidden = protectLine(
      keys.map((key) => value(world, key)),
      { threshold, forced: indexes(forced), preferred: indexes(inViews), hasTotal },
    );
    if (hidden === null) return withheldPlan(keys);
    const inWorld = new Set([...hidden].map((index) => keys[index]!));
    const grew = [...inWorld].some((key) => !inViews.has(key));
    for (const key of inWorld) inViews.add(key);
    if (grew) continue;
    const exposed = [...inViews].find(
      (key) =>
        !inWorld.has(key) &&
        atoms.some(
          (atom, row) =>
            isSmall(value(atom, key), threshold) &&
            (hasTotal
              ? isCrossPinned(atoms, [...inViews], inWorld, row, key)
              : isAlone(atoms, row, key)),
        ),
    );
    if (exposed === undefined)
      return { keys, hiddenInViews: inViews, hiddenInWorld: inWorld, withheld: false };
    if (forced.has(exposed)) return withheldPlan(keys);
    forced.add(exposed);
  }
}

// The atoms' cells of the hidden columns are unknowns whose row sums are known (each
// atom's total less its visible cells) and whose column sums are known where the world view
// shows the column (its hidden columns count as one, their sum being known). With every
// unknown free above 0, the cell (row, key) is fixed only when every other positive cell
// lies in its row or its column: no 2x2 exchange can move it.
function isCrossPinned(
  atoms: readonly CountRecord[],
  hiddenKeys: readonly string[],
  hiddenInWorld: ReadonlySet<string>,
  row: number,
  key: string,
): boolean {
  const merged = "\u0000merged";
  const columns = [...hiddenKeys.filter((k) => !hiddenInWorld.has(k)), merged];
  const cell = (atom: CountRecord, column: string) =>
    column === merged
      ? [...hiddenInWorld].reduce((sum, k) => sum + (atom[k] ?? 0), 0)
      : (atom[column] ?? 0);
  const canDecrease = atoms.some(
    (atom, r) => r !== row && columns.some((column) => column !== key && cell(atom, column) > 0),
  );
  if (canDecrease) return false;
  const rowHasOther = columns.some((column) => column !== key && cell(atoms[row]!, column) > 0);
  const columnHasOther = atoms.some((atom, r) => r !== row && cell(atom, key) > 0);
  return !(rowHasOther && columnHasOther);
}

// Without a total, an atom's cell is tied only to the world's column sum: it is fixed when no
// other atom has any of that column.
const isAlone = (atoms: readonly CountRecord[], row: number, key: string) =>
  !atoms.some((atom, r) => r !== row && (atom[key] ?? 0) > 0);

// The world view: its own small and secondary cells hidden; zero stays zero.
export function publishWorldTable<K extends string>(
  cells: Record<K, number>,
  plan: TablePlan,
  threshold: number,
): Record<K, PublishedCell> {
  return Object.fromEntries(
    Object.entries<number>(cells).map(([key, value]) => [
      key,
      plan.withheld
        ? SECONDARY_MARKER
        : plan.hiddenInWorld.has(key)
          ? markHidden(value, threshold)
          : value,
    ]),
  ) as Record<K, PublishedCell>;
}

// A filtered view: every column hidden anywhere is "x" here, zero or not (a zero would tell
// where the hidden people are not), and listed even when this selection has none.
export function publishViewTable<K extends string>(
  cells: Record<K, number>,
  plan: TablePlan,
): Record<K, PublishedCell> {
  const published: Record<string, PublishedCell> = {};
  for (const [key, value] of Object.entries<number>(cells))
    published[key] = plan.withheld || plan.hiddenInViews.has(key) ? SECONDARY_MARKER : value;
  const missing = [...plan.hiddenInViews].filter((key) => !(key in published));
  if (missing.length === 0) return published as Record<K, PublishedCell>;
  for (const key of missing) published[key] = SECONDARY_MARKER;
  return Object.fromEntries(
    Object.entries(published).sort(([a], [b]) => a.localeCompare(b)),
  ) as Record<K, PublishedCell>;
}
