import { solve, type Model } from "yalps";

import { AGE_GROUPS, type AgeGroup, type SexCode } from "@/lib/reports/annual-report";
import {
  buildHierarchy,
  countryNode,
  judgeSelection,
  officeNode,
  planSelections,
  regionNode,
  WORLD,
  type NodeId,
  type PlaceOffice,
  type Refusal,
  type SelectionPlan,
} from "@/lib/reports/disclosure-plan";
import {
  publishAnnualReport,
  reportTables,
  type ComputedReport,
  type PublishedReport,
} from "@/lib/reports/publish-annual-report";
import {
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  MIGRANT_CATEGORIES,
  SERVICE_TYPES,
  SEXES,
  type ExploitationType,
} from "@/lib/vocabulary";

// An attacker for the disclosure-control tests: it knows every published figure of every
// selection HQ can ask for, the refusals and their reasons, what each marker means, and the
// structure of the data (each person has one sex, one age group, one nationality, at most one
// exploitation type, one office). It asks a linear programme for the lowest and highest value
// each hidden small count can take; equal bounds mean the count is recovered.

export type Person = { sex: SexCode; age: AgeGroup; nat: string; vot: ExploitationType | null };
export type DatasetOffice = PlaceOffice & { people: Person[] };
export const NATIONALITIES = ["AAA", "BBB", "CCC", "DDD"] as const;

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

// The report of a group of people, as computeAnnualReport would give it: one office per
// person, one case each (AVR, or VOT when an exploitation type is set), one counselling
// session each in the year. The attacker below reads only some of its tables.
export function reportOf(people: readonly Person[], year = 2026): ComputedReport {
  const count = (test: (person: Person) => boolean) => people.filter(test).length;
  const vot = count((p) => p.vot !== null);
  const avr = people.length - vot;
  const votChildren = count((p) => p.vot !== null && p.age === "child");
  const nationality: Record<string, number> = {};
  for (const person of people) nationality[person.nat] = (nationality[person.nat] ?? 0) + 1;
  const exploitation = Object.fromEntries(
    EXPLOITATION_TYPES.map((type) => {
      const n = count((p) => p.vot === type);
      return [
        type,
        {
          count: n,
          pct: vot ? Math.round((n / vot) * 100) : null,
          prevPct: null,
          changePoints: null,
        },
      ];
    }),
  ) as ComputedReport["vot"]["exploitation"];
  const sexCount = (sex: SexCode) => count((p) => p.sex === sex);
  const ageCount = (age: AgeGroup) => count((p) => p.age === age);
  return {
    year,
    filter: { office: null, hostCountry: null, region: null },
    migrantsAssisted: people.length,
    migrantsAssistedPrevYear: 0,
    changeVsPrevYearPct: null,
    countriesOfOrigin: Object.keys(nationality).length,
    activeProjects: 0,
    hostCountries: 0,
    sex: {
      male: sexCount("M"),
      female: sexCount("F"),
      other: sexCount("X"),
      unknown: sexCount("U"),
      malePct: null,
      femalePct: null,
    },
    age: {
      adults: ageCount("adult"),
      children: ageCount("child"),
      unknown: ageCount("unknown"),
      adultPct: null,
      childPct: null,
    },
    avr: {
      assisted: avr,
      byCategory: { ...zeros(MIGRANT_CATEGORIES), OTHER: avr },
      returnsByHostCountry: {},
    },
    counsellingSessions: people.length,
    counsellingSessionsPrevYear: 0,
    reintegrationServices: 0,
    reintegrationServicesPrevYear: 0,
    vot: {
      assisted: vot,
      exploitation,
      forcedLabourSectors: zeros(LABOUR_SECTORS),
      children: votChildren,
      childrenTopRegion: null,
      childrenNeeds: { ...zeros(SERVICE_TYPES), COUNSELLING: votChildren },
    },
    votDatabase: {
      asOf: `${year}-12-31`,
      beneficiaries: 0,
      sourceCountries: 0,
      destinationCountries: 0,
    },
    breakdowns: {
      sexByAge: Object.fromEntries(
        SEXES.map((s) => [
          s,
          Object.fromEntries(AGE_GROUPS.map((a) => [a, count((p) => p.sex === s && p.age === a)])),
        ]),
      ) as ComputedReport["breakdowns"]["sexByAge"],
      nationality: Object.fromEntries(
        Object.entries(nationality).sort(([a], [b]) => a.localeCompare(b)),
      ),
      hostCountry: {},
      region: {},
      serviceTypes: { ...zeros(SERVICE_TYPES), COUNSELLING: people.length },
    },
    prevCounts: { votAssisted: 0, exploitation: zeros(EXPLOITATION_TYPES) },
  };
}

export type PublishedDataset = {
  plan: SelectionPlan;
  nodes: Map<NodeId, string[]>;
  views: Map<NodeId, PublishedReport>;
  refused: Map<NodeId, Refusal>;
};

// Every selection HQ can make (the world, each region, host country and office), published
// through the same pure functions as the application.
export function publishDataset(
  offices: readonly DatasetOffice[],
  threshold: number,
): PublishedDataset {
  const { officesOf } = buildHierarchy(offices);
  const peopleOf = (codes: readonly string[]) =>
    offices.filter((o) => codes.includes(o.office)).flatMap((o) => o.people);
  const populations = new Map(
    [...officesOf].map(([node, codes]) => [node, peopleOf(codes).length]),
  );
  const plan = planSelections(offices, populations, threshold);
  const world = withPlaces(
    reportOf(peopleOf(officesOf.get(WORLD) ?? [])),
    offices,
    officesOf.get(WORLD) ?? [],
  );
  const atoms = plan.atoms.map((atom) =>
    reportTables(withPlaces(reportOf(peopleOf(atom.offices)), offices, atom.offices)),
  );
  const views = new Map<NodeId, PublishedReport>();
  const refused = new Map<NodeId, Refusal>();
  for (const [node, codes] of officesOf) {
    const verdict = judgeSelection(plan, node);
    if (!verdict.allowed) {
      refused.set(node, verdict.reason);
      continue;
    }
    const report = node === WORLD ? world : withPlaces(reportOf(peopleOf(codes)), offices, codes);
    views.set(
      node,
      publishAnnualReport(report, { threshold, view: node, plan, prevPlan: plan, world, atoms }),
    );
  }
  return { plan, nodes: officesOf, views, refused };
}

function withPlaces(
  report: ComputedReport,
  offices: readonly DatasetOffice[],
  codes: readonly string[],
) {
  const hostCountry: Record<string, number> = {};
  const region: Record<string, number> = {};
  for (const office of offices) {
    if (!codes.includes(office.office) || office.people.length === 0) continue;
    hostCountry[office.country] = (hostCountry[office.country] ?? 0) + office.people.length;
    region[office.region] = (region[office.region] ?? 0) + office.people.length;
  }
  const sorted = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...report,
    breakdowns: { ...report.breakdowns, hostCountry: sorted(hostCountry), region: sorted(region) },
  };
}

type Expression = Map<string, number>;
type Bound = { min?: number; max?: number; equal?: number };
export type Recovery = { target: string; value: number; min: number; max: number };
export type AttackResult = { targets: number; recovered: Recovery[] };

const SEX_KEYS: Record<string, SexCode> = { male: "M", female: "F", other: "X", unknown: "U" };
const AGE_KEYS: Record<string, AgeGroup> = {
  adults: "adult",
  children: "child",
  unknown: "unknown",
};

export function attack(
  offices: readonly DatasetOffice[],
  published: PublishedDataset,
  threshold: number,
): AttackResult {
  const index = new Map(offices.map((o, i) => [o.office, i]));
  const truth = new Map<string, number>();
  offices.forEach((o, i) => {
    for (const s of SEXES)
      for (const a of AGE_GROUPS)
        truth.set(`sa_${i}_${s}_${a}`, o.people.filter((p) => p.sex === s && p.age === a).length);
    for (const n of NATIONALITIES)
      truth.set(`nat_${i}_${n}`, o.people.filter((p) => p.nat === n).length);
    for (const t of EXPLOITATION_TYPES)
      truth.set(`ex_${i}_${t}`, o.people.filter((p) => p.vot === t).length);
    truth.set(`v_${i}`, o.people.filter((p) => p.vot !== null).length);
  });
  const over = (codes: readonly string[], vars: (i: number) => string[]): Expression => {
    const expression: Expression = new Map();
    for (const code of codes)
      for (const v of vars(index.get(code)!)) expression.set(v, (expression.get(v) ?? 0) + 1);
    return expression;
  };
  const pop = (codes: readonly string[]) =>
    over(codes, (i) => SEXES.flatMap((s) => AGE_GROUPS.map((a) => `sa_${i}_${s}_${a}`)));
  const constraints: { expression: Expression; bound: Bound }[] = [];
  // Structure: every person has one nationality; every VoT one exploitation type.
  offices.forEach((_, i) => {
    const expression: Expression = pop([offices[i]!.office]);
    for (const [v] of expression) expression.set(v, -1);
    for (const n of NATIONALITIES) expression.set(`nat_${i}_${n}`, 1);
    constraints.push({ expression, bound: { equal: 0 } });
    const votExpression: Expression = new Map([[`v_${i}`, -1]]);
    for (const t of EXPLOITATION_TYPES) votExpression.set(`ex_${i}_${t}`, 1);
    constraints.push({ expression: votExpression, bound: { equal: 0 } });
    const votBelowPop = pop([offices[i]!.office]);
    for (const [v] of votBelowPop) votBelowPop.set(v, -1);
    votBelowPop.set(`v_${i}`, 1);
    constraints.push({ expression: votBelowPop, bound: { max: 0 } });
  });
  const targets = new Map<string, Expression>();
  const learn = (name: string, expression: Expression, cell: unknown, hidden: Bound) => {
    if (typeof cell === "number") constraints.push({ expression, bound: { equal: cell } });
    else {
      constraints.push({ expression, bound: hidden });
      targets.set(name, expression);
    }
  };
  for (const [node, view] of published.views) {
    const codes = published.nodes.get(node)!;
    const isWorld = node === WORLD;
    const hiddenOf = (table: Record<string, unknown>) => {
      const all = Object.entries(table)
        .filter(([key]) => !key.endsWith("Pct"))
        .every(([, cell]) => cell === "x");
      return (cell: unknown): Bound =>
        typeof cell === "string" && cell.startsWith("<")
          ? { min: 1, max: threshold - 1 }
          : isWorld && !all
            ? { min: threshold }
            : {};
    };
    constraints.push({ expression: pop(codes), bound: { equal: view.migrantsAssisted } });
    const sexBound = hiddenOf(view.sex as unknown as Record<string, unknown>);
    for (const [key, sex] of Object.entries(SEX_KEYS))
      learn(
        `${node} sex ${sex}`,
        over(codes, (i) => AGE_GROUPS.map((a) => `sa_${i}_${sex}_${a}`)),
        view.sex[key as "male"],
        sexBound(view.sex[key as "male"]),
      );
    const ageBound = hiddenOf(view.age as unknown as Record<string, unknown>);
    for (const [key, age] of Object.entries(AGE_KEYS))
      learn(
        `${node} age ${age}`,
        over(codes, (i) => SEXES.map((s) => `sa_${i}_${s}_${age}`)),
        view.age[key as "adults"],
        ageBound(view.age[key as "adults"]),
      );
    const crossCells = SEXES.flatMap((s) => AGE_GROUPS.map((a) => view.breakdowns.sexByAge[s][a]));
    const crossBound = hiddenOf(Object.fromEntries(crossCells.map((c, i) => [i, c])));
    for (const s of SEXES)
      for (const a of AGE_GROUPS)
        learn(
          `${node} sexByAge ${s}/${a}`,
          over(codes, (i) => [`sa_${i}_${s}_${a}`]),
          view.breakdowns.sexByAge[s][a],
          crossBound(view.breakdowns.sexByAge[s][a]),
        );
    const natBound = hiddenOf(view.breakdowns.nationality);
    for (const n of NATIONALITIES)
      learn(
        `${node} nationality ${n}`,
        over(codes, (i) => [`nat_${i}_${n}`]),
        view.breakdowns.nationality[n] ?? 0,
        natBound(view.breakdowns.nationality[n]),
      );
    const exCells = Object.fromEntries(
      EXPLOITATION_TYPES.map((t) => [t, view.vot.exploitation[t].count]),
    );
    const exBound = hiddenOf(exCells);
    for (const t of EXPLOITATION_TYPES)
      learn(
        `${node} exploitation ${t}`,
        over(codes, (i) => [`ex_${i}_${t}`]),
        exCells[t],
        exBound(exCells[t]),
      );
    learn(
      `${node} vot.assisted`,
      over(codes, (i) => [`v_${i}`]),
      view.vot.assisted,
      isWorld ? hiddenOf({ a: view.vot.assisted, b: 0 })(view.vot.assisted) : {},
    );
    for (const [table, node_] of [
      ["hostCountry", countryNode],
      ["region", regionNode],
    ] as const) {
      for (const [key, cell] of Object.entries(view.breakdowns[table])) {
        const place = published.nodes.get(node_(key)) ?? [];
        learn(`${node} ${table} ${key}`, pop(codes.filter((c) => place.includes(c))), cell, {
          min: 1,
        });
      }
    }
  }
  for (const [node, reason] of published.refused) {
    const expression = pop(published.nodes.get(node)!);
    constraints.push({
      expression,
      bound: reason === "too-small" ? { max: threshold - 1 } : { min: threshold },
    });
    targets.set(`${node} population`, expression);
  }
  const valueOf = (expression: Expression) =>
    [...expression].reduce((sum, [v, coefficient]) => sum + coefficient * (truth.get(v) ?? 0), 0);
  // The model must hold for the truth, or the attacker's reasoning proves nothing.
  for (const { expression, bound } of constraints) {
    const value = valueOf(expression);
    const holds =
      (bound.equal === undefined || value === bound.equal) &&
      (bound.min === undefined || value >= bound.min) &&
      (bound.max === undefined || value <= bound.max);
    if (!holds)
      throw new Error(
        `attacker's model contradicts the data: ${JSON.stringify([...expression])} ${JSON.stringify(bound)} = ${value}`,
      );
  }
  const recovered: Recovery[] = [];
  let checked = 0;
  for (const [target, expression] of targets) {
    const value = valueOf(expression);
    if (value < 1 || value >= threshold) continue;
    checked++;
    const min = optimise(constraints, expression, "minimize");
    const max = optimise(constraints, expression, "maximize");
    if (Math.ceil(min - 1e-6) === Math.floor(max + 1e-6))
      recovered.push({ target, value, min, max });
  }
  return { targets: checked, recovered };
}

function optimise(
  constraints: readonly { expression: Expression; bound: Bound }[],
  objective: Expression,
  direction: "minimize" | "maximize",
): number {
  const variables: Record<string, Record<string, number>> = {};
  const model: Model = { direction, objective: "objective", constraints: {}, variables };
  const coefficientsOf = (v: string) => (variables[v] ??= {});
  constraints.forEach(({ expression, bound }, i) => {
    if (bound.min === undefined && bound.max === undefined && bound.equal === undefined) return;
    (model.constraints as Record<string, Bound>)[`c${i}`] = bound;
    for (const [v, coefficient] of expression) coefficientsOf(v)[`c${i}`] = coefficient;
  });
  for (const [v, coefficient] of objective) coefficientsOf(v).objective = coefficient;
  const solution = solve(model);
  if (solution.status === "unbounded") return direction === "maximize" ? Infinity : -Infinity;
  if (solution.status !== "optimal") throw new Error(`attacker's LP: ${solution.status}`);
  return solution.result;
}

export { officeNode, countryNode, regionNode, WORLD };
