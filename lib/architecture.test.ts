import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

import { publicActions } from "../e2e/fixtures/access-table";

// The layers' rules, checked over every import of the source (type-only and dynamic ones
// included): routes (app/) use components and lib; components use lib; lib uses neither;
// and lib's top-level folders form no loop, so each domain can be read from the bottom up.
const root = path.resolve(import.meta.dirname, "..");
const layers = ["app", "components", "lib"] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory())
      return relative === "lib/generated" || entry.name === "node_modules"
        ? []
        : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

// The project-relative target of an import, or null for a package.
function importTarget(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith("."))
    return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

type Edge = { from: string; to: string };
const edges: Edge[] = layers.flatMap((layer) =>
  sourceFiles(layer).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(path.join(root, file), "utf8"), true, true)
      .importedFiles.map((imported) => importTarget(file, imported.fileName))
      .filter((target): target is string => target !== null)
      .map((to) => ({ from: file, to })),
  ),
);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const inLayer = (file: string, layer: string) => file.startsWith(`${layer}/`);

// lib/cases/open-case.ts belongs to "cases"; a file at lib's top (lib/db.ts) is its own unit.
function libUnit(file: string): string {
  const [, first, ...rest] = file.split("/");
  return rest.length > 0 ? first! : first!.replace(/\.tsx?$/, "");
}

// Every cycle between lib units, each listed once as "a -> b -> a".
function libCycles(): string[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!inLayer(from, "lib") || !inLayer(to, "lib") || isTest(from)) continue;
    const [source, target] = [libUnit(from), libUnit(to)];
    if (source !== target)
      (graph.get(source) ?? graph.set(source, new Set()).get(source)!).add(target);
  }
  // Tarjan's strongly connected components: a component of more than one unit is a loop.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[] = [];
  const visit = (unit: string) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    onStack.add(unit);
    for (const next of graph.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(unit, Math.min(low.get(unit)!, index.get(next)!));
    }
    if (low.get(unit) !== index.get(unit)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== unit);
    if (component.length > 1) loops.push(component.sort().join(" <-> "));
  };
  for (const unit of graph.keys()) if (!index.has(unit)) visit(unit);
  return loops.sort();
}

const offending = (fromLayer: string, toLayers: string[]) =>
  edges
    .filter(({ from, to }) => inLayer(from, fromLayer) && toLayers.some((l) => inLayer(to, l)))
    .map(({ from, to }) => `${from} -> ${to}`);

describe("import graph", () => {
  it("reads the imports of the source (sanity check of the parser)", () => {
    expect(edges).toContainEqual({ from: "lib/cases/actions.ts", to: "lib/safe-action" });
    expect(edges.length).toBeGreaterThan(1000);
  });

  it("components/ never import from app/", () => {
    expect(offending("components", ["app"])).toStrictEqual([]);
  });

  it("lib/ never imports from components/ or app/", () => {
    expect(offending("lib", ["components", "app"])).toStrictEqual([]);
  });

  it('"use server" files are the domains\' lib/<domain>/actions.ts, none under app/ or components/', () => {
    const serverFiles = layers
      .flatMap((layer) => sourceFiles(layer))
      .filter((file) => /^\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(serverFiles.length).toBeGreaterThan(10);
    expect(serverFiles.filter((file) => !/^lib\/.+\/actions\.ts$/.test(file))).toStrictEqual([]);
  });

  it("an action without a session (publicAction) exists only where the access table lists one", () => {
    const publicOnes = layers
      .flatMap((layer) => sourceFiles(layer))
      .filter((file) => !isTest(file) && file !== "lib/safe-action.ts")
      .flatMap((file) =>
        [
          ...readFileSync(path.join(root, file), "utf8").matchAll(
            /export const (\w+) = publicAction\(/g,
          ),
        ].map((match) => `${file}#${match[1]}`),
      );
    expect(publicOnes.length).toBeGreaterThan(0);
    expect(publicOnes.sort()).toStrictEqual([...publicActions].sort());
  });

  it("no two lib/ top-level folders import each other, directly or through others", () => {
    expect(libCycles()).toStrictEqual([]);
  });
});
