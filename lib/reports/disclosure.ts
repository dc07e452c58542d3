// Disclosure control, the primitives (docs/disclosure-control.md): a cell of 1 to k-1 people
// is shown as "<k" (primary suppression), further cells are hidden as "x" (secondary
// suppression) until no hidden cell can be worked out exactly from the line's total, the
// visible cells and what the markers say about the hidden ones ("<k" is 1..k-1, "x" is at
// least k). Zero stays zero. Pure functions over counts, so the attack test can run them on
// many datasets in memory.

export const SECONDARY_MARKER = "x";

export type PublishedCell = number | string;
export type CellState = "shown" | "primary" | "secondary";

export const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;

// What a reader knows about a hidden cell from its marker.
export function hiddenBounds(value: number, threshold: number): [number, number] {
  return isSmall(value, threshold) ? [1, threshold - 1] : [threshold, Infinity];
}

// Exact for one equation over box bounds: the hidden cells of a line whose total is known
// sum to `sum`; a cell is recovered when its lowest and highest possible values meet.
export function pinnedInLine(bounds: [number, number][], sum: number): boolean[] {
  const lows = bounds.reduce((total, [lo]) => total + lo, 0);
  const finiteHighs = bounds.reduce((total, [, hi]) => total + (hi === Infinity ? 0 : hi), 0);
  const unbounded = bounds.filter(([, hi]) => hi === Infinity).length;
  return bounds.map(([lo, hi]) => {
    const othersUnbounded = unbounded - (hi === Infinity ? 1 : 0) > 0;
    const othersHigh = finiteHighs - (hi === Infinity ? 0 : hi);
    const min = othersUnbounded ? lo : Math.max(lo, sum - othersHigh);
    const max = Math.min(hi, sum - (lows - lo));
    return min === max;
  });
}

export type LineOptions = {
  threshold: number;
  // Cells that must be hidden whatever their value (decided elsewhere).
  forced?: ReadonlySet<number>;
  // Cells preferred as secondary suppressions (they are hidden elsewhere anyway).
  preferred?: ReadonlySet<number>;
  // False for a line whose total is not published: then no cell can be derived from it.
  hasTotal?: boolean;
};

// Hidden cells of one line (a one-way table with its total). Returns null when no choice of
// secondary cells protects the line (the caller then withholds the whole line).
export function protectLine(values: readonly number[], options: LineOptions): Set<number> | null {
  const { threshold, forced = new Set(), preferred = new Set(), hasTotal = true } = options;
  const hidden = new Set<number>();
  values.forEach((value, index) => {
    if (isSmall(value, threshold) || (forced.has(index) && value > 0)) hidden.add(index);
  });
  if (!hasTotal) return hidden;
  for (;;) {
    const cells = [...hidden];
    const sum = cells.reduce((total, index) => total + values[index]!, 0);
    const pinned = pinnedInLine(
      cells.map((index) => hiddenBounds(values[index]!, threshold)),
      sum,
    );
    if (!pinned.some(Boolean)) return hidden;
    const next = nextSecondary(values, hidden, preferred);
    if (next === null) return null;
    hidden.add(next);
  }
}

// The smallest visible non-zero cell, preferring cells hidden elsewhere; ties by position.
function nextSecondary(
  values: readonly number[],
  hidden: ReadonlySet<number>,
  preferred: ReadonlySet<number>,
): number | null {
  let pick: number | null = null;
  const rank = (index: number) => [preferred.has(index) ? 0 : 1, values[index]!, index];
  for (let index = 0; index < values.length; index++) {
    if (hidden.has(index) || values[index] === 0) continue;
    if (pick === null || compareRanks(rank(index), rank(pick)) < 0) pick = index;
  }
  return pick;
}

const compareRanks = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

export function publishCell(value: number, state: CellState, threshold: number): PublishedCell {
  if (state === "primary") return `<${threshold}`;
  if (state === "secondary") return SECONDARY_MARKER;
  return value;
}

// A hidden cell's marker: "<k" for a small one, "x" for one hidden to protect another.
export function markHidden(value: number, threshold: number): PublishedCell {
  return isSmall(value, threshold) ? `<${threshold}` : SECONDARY_MARKER;
}
