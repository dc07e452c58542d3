// Which selections of the hierarchy world ⊃ region ⊃ host country ⊃ office may be published
// for a year, decided from the data alone (docs/disclosure-control.md). The published
// populations of a laminar family of selections determine exactly the populations of its
// "residuals" (a selection minus its published children), so every residual with people
// must hold at least k of them: a child whose siblings' complement is small is refused too.

import { pinnedInLine } from "./disclosure";

export const WORLD = "world";
export type NodeId = string;
export type PlaceOffice = { office: string; country: string; region: string };
export type Refusal = "too-small" | "differencing";

export type SelectionPlan = {
  threshold: number;
  allowed: Set<NodeId>;
  refused: Map<NodeId, Refusal>;
  // Residuals with people, as sets of offices: the finest groups any published figure
  // separates; a breakdown column is safe to show in every selection only if each atom's
  // cell is 0 or at least k.
  atoms: { id: NodeId; offices: string[] }[];
  children: Map<NodeId, NodeId[]>;
  officesOf: Map<NodeId, string[]>;
};

export const officeNode = (code: string) => `office:${code}`;
export const countryNode = (iso: string) => `country:${iso}`;
export const regionNode = (name: string) => `region:${name}`;

export function buildHierarchy(offices: readonly PlaceOffice[]) {
  const children = new Map<NodeId, NodeId[]>();
  const officesOf = new Map<NodeId, string[]>();
  const add = (map: Map<NodeId, string[]>, key: NodeId, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const { office, country, region } of [...offices].sort((a, b) =>
    a.office.localeCompare(b.office),
  )) {
    add(children, WORLD, regionNode(region));
    add(children, regionNode(region), countryNode(country));
    add(children, countryNode(country), officeNode(office));
    for (const node of [WORLD, regionNode(region), countryNode(country), officeNode(office)])
      add(officesOf, node, office);
  }
  return { children, officesOf };
}

// Populations: distinct people per node (world, region:, country:, office:) in the year.
export function planSelections(
  offices: readonly PlaceOffice[],
  populations: ReadonlyMap<NodeId, number>,
  threshold: number,
): SelectionPlan {
  const { children, officesOf } = buildHierarchy(offices);
  const pop = (node: NodeId) => populations.get(node) ?? 0;
  const plan: SelectionPlan = {
    threshold,
    allowed: new Set(),
    refused: new Map(),
    atoms: [],
    children,
    officesOf,
  };
  const refuse = (node: NodeId, reason: Refusal) => {
    plan.refused.set(node, pop(node) < threshold ? "too-small" : reason);
    for (const child of children.get(node) ?? []) refuse(child, "differencing");
  };
  // The children a node may publish beside itself, or null when the node may not be
  // published at all (too small, or no choice of children keeps its residual safe).
  const families = new Map<NodeId, NodeId[] | null>();
  const familyOf = (node: NodeId): NodeId[] | null => {
    if (families.has(node)) return families.get(node)!;
    let family: NodeId[] | null = null;
    if (pop(node) >= threshold) {
      const kids = (children.get(node) ?? []).filter((kid) => pop(kid) > 0);
      const published = kids
        .filter((kid) => familyOf(kid) !== null)
        .sort((a, b) => pop(b) - pop(a) || a.localeCompare(b));
      while (!isSafeResidual(node, kids, published) && published.length > 0) published.pop();
      family = isSafeResidual(node, kids, published) ? published : null;
    }
    families.set(node, family);
    return family;
  };
  // The refused children are published (in the place breakdowns) as "x" and their refusal
  // says whether each has fewer than k people; with the node's total they must still leave
  // every one of them, and their sum, uncertain, and hold k people together.
  const isSafeResidual = (node: NodeId, kids: NodeId[], published: NodeId[]) => {
    const hidden = kids.filter((kid) => !published.includes(kid));
    if (hidden.length === 0) return true;
    const residual = pop(node) - published.reduce((sum, kid) => sum + pop(kid), 0);
    if (residual < threshold) return false;
    const bounds = hidden.map((kid): [number, number] =>
      pop(kid) < threshold ? [1, threshold - 1] : [threshold, Infinity],
    );
    return !pinnedInLine(bounds, residual).some(Boolean);
  };
  const visit = (node: NodeId) => {
    plan.allowed.add(node);
    const published = familyOf(node)!;
    const kids = (children.get(node) ?? []).filter((kid) => pop(kid) > 0);
    for (const kid of kids) {
      if (published.includes(kid)) visit(kid);
      else refuse(kid, "differencing");
    }
    const covered = new Set(published.flatMap((kid) => officesOf.get(kid) ?? []));
    const residual = (officesOf.get(node) ?? []).filter(
      (office) => !covered.has(office) && pop(officeNode(office)) > 0,
    );
    if (residual.length > 0) plan.atoms.push({ id: node, offices: residual });
  };
  if (familyOf(WORLD) !== null) visit(WORLD);
  else refuse(WORLD, "differencing");
  return plan;
}

export type SelectionFilter = { office?: string; hostCountry?: string; region?: string };

// The node a filter selects, or null when the filters contradict each other (an office
// outside the region asked for): an empty selection.
export function resolveSelection(
  filter: SelectionFilter,
  offices: readonly PlaceOffice[],
  regionOf: (country: string) => string,
): NodeId | null {
  if (filter.office) {
    const office = offices.find((candidate) => candidate.office === filter.office);
    if (!office) return null;
    if (filter.hostCountry && filter.hostCountry !== office.country) return null;
    if (filter.region && filter.region !== office.region) return null;
    return officeNode(office.office);
  }
  if (filter.hostCountry) {
    if (filter.region && filter.region !== regionOf(filter.hostCountry)) return null;
    return countryNode(filter.hostCountry);
  }
  if (filter.region) return regionNode(filter.region);
  return WORLD;
}

export type SelectionVerdict = { allowed: true } | { allowed: false; reason: Refusal };

export function judgeSelection(plan: SelectionPlan, node: NodeId | null): SelectionVerdict {
  if (node !== null && plan.allowed.has(node)) return { allowed: true };
  const reason = node === null ? undefined : plan.refused.get(node);
  return { allowed: false, reason: reason ?? "too-small" };
}
