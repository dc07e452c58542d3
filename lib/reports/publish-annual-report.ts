import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";
import { EXPLOITATION_TYPES, SEXES, type ExploitationType } from "@/lib/vocabulary";

import { AGE_GROUPS, type AnnualReport } from "./annual-report";
import { isSmall, markHidden, SECONDARY_MARKER, type PublishedCell } from "./disclosure";
import { countryNode, regionNode, WORLD, type NodeId, type SelectionPlan } from "./disclosure-plan";
import {
  planTable,
  publishViewTable,
  publishWorldTable,
  type CountRecord,
  type TablePlan,
} from "./disclosure-tables";

export type PublishedReport = AnnualReport<PublishedCell>;

// The report as computed, with the previous year's counts behind its shares (never published
// themselves: they decide whether a previous share may be).
export type ComputedReport = AnnualReport & {
  prevCounts: { votAssisted: number; exploitation: Record<ExploitationType, number> };
};

// Everything the control needs besides the selection's own figures: the selection plans of
// the year and the year before, the world's figures and each atom's (disclosure-plan).
export type DisclosureContext = {
  threshold: number;
  view: NodeId;
  plan: SelectionPlan;
  prevPlan: SelectionPlan;
  world: ComputedReport;
  atoms: AtomTables[];
};

type Table = { of: (report: AnnualReport) => CountRecord; hasTotal: boolean };
const table = (of: Table["of"], hasTotal = true): Table => ({ of, hasTotal });
const TABLES = {
  sex: table((r) => ({
    male: r.sex.male,
    female: r.sex.female,
    other: r.sex.other,
    unknown: r.sex.unknown,
  })),
  age: table((r) => ({ adults: r.age.adults, children: r.age.children, unknown: r.age.unknown })),
  categories: table((r) => r.avr.byCategory),
  returns: table((r) => r.avr.returnsByHostCountry),
  exploitation: table((r) =>
    Object.fromEntries(EXPLOITATION_TYPES.map((type) => [type, r.vot.exploitation[type].count])),
  ),
  sectors: table((r) => r.vot.forcedLabourSectors),
  childrenNeeds: table((r) => r.vot.childrenNeeds),
  nationality: table((r) => r.breakdowns.nationality),
  serviceTypes: table((r) => r.breakdowns.serviceTypes),
  // Counts of groups inside the selection; no published figure is their sum.
  subtotals: table(
    (r) => ({
      avrAssisted: r.avr.assisted,
      votAssisted: r.vot.assisted,
      votChildren: r.vot.children,
      counselling: r.counsellingSessions,
      reintegration: r.reintegrationServices,
    }),
    false,
  ),
};
export type TableName = keyof typeof TABLES;

// An atom's cells of every controlled table: all the control needs of an atom, read in one
// grouped statement for all atoms (query-atom-tables) or taken from a whole report.
export type AtomTables = Record<TableName, CountRecord>;

export function reportTables(report: AnnualReport): AtomTables {
  return Object.fromEntries(
    Object.entries(TABLES).map(([name, t]) => [name, t.of(report)]),
  ) as AtomTables;
}

// A report whose only selection is the world (tests, and callers without a plan).
export function worldOnlyContext(report: ComputedReport, threshold: number): DisclosureContext {
  const plan: SelectionPlan = {
    threshold,
    allowed: new Set([WORLD]),
    refused: new Map(),
    atoms: [{ id: WORLD, offices: [] }],
    children: new Map(),
    officesOf: new Map(),
  };
  return {
    threshold,
    view: WORLD,
    plan,
    prevPlan: plan,
    world: report,
    atoms: [reportTables(report)],
  };
}

// What may leave the application: every figure of the selection through disclosure control.
export function publishAnnualReport(
  report: ComputedReport,
  context: DisclosureContext = worldOnlyContext(report, disclosureThreshold()),
): PublishedReport {
  const { threshold: k, view, world, atoms } = context;
  const isWorld = view === WORLD;
  const plans = Object.fromEntries(
    Object.entries(TABLES).map(([name, t]) => [
      name,
      planTable(
        t.of(world),
        atoms.map((atom) => atom[name as TableName]),
        k,
        t.hasTotal,
      ),
    ]),
  ) as Record<TableName, TablePlan>;
  const cells = <N extends TableName>(name: N) => {
    const values = TABLES[name].of(report);
    return isWorld
      ? publishWorldTable(values, plans[name], k)
      : publishViewTable(values, plans[name]);
  };
  const sex = cells("sex");
  const age = cells("age");
  const exploitation = cells("exploitation");
  const subtotals = cells("subtotals");
  const shown = (...published: PublishedCell[]) => published.every((c) => typeof c === "number");
  const pctIf = (ok: boolean, value: number | null) => (ok ? value : null);
  const prevShown = context.prevPlan.allowed.has(view);
  const prevTotal = (value: number): PublishedCell =>
    !isWorld || !prevShown ? SECONDARY_MARKER : isSmall(value, k) ? markHidden(value, k) : value;
  const prevSharesShown =
    isWorld &&
    prevShown &&
    report.prevCounts.votAssisted >= k &&
    EXPLOITATION_TYPES.every((type) => !isSmall(report.prevCounts.exploitation[type], k));
  const votChildren = subtotals.votChildren!;
  const nationality = cells("nationality");
  return {
    year: report.year,
    filter: report.filter,
    migrantsAssisted: report.migrantsAssisted,
    migrantsAssistedPrevYear: prevShown ? report.migrantsAssistedPrevYear : SECONDARY_MARKER,
    changeVsPrevYearPct: prevShown ? report.changeVsPrevYearPct : null,
    countriesOfOrigin:
      isWorld || plans.nationality.hiddenInViews.size === 0
        ? report.countriesOfOrigin
        : SECONDARY_MARKER,
    activeProjects: report.activeProjects,
    hostCountries: report.hostCountries,
    sex: {
      male: sex.male!,
      female: sex.female!,
      other: sex.other!,
      unknown: sex.unknown!,
      malePct: pctIf(shown(sex.male!, sex.female!), report.sex.malePct),
      femalePct: pctIf(shown(sex.male!, sex.female!), report.sex.femalePct),
    },
    age: {
      adults: age.adults!,
      children: age.children!,
      unknown: age.unknown!,
      adultPct: pctIf(shown(age.adults!, age.children!), report.age.adultPct),
      childPct: pctIf(shown(age.adults!, age.children!), report.age.childPct),
    },
    avr: {
      assisted: subtotals.avrAssisted!,
      byCategory: cells("categories") as PublishedReport["avr"]["byCategory"],
      returnsByHostCountry: cells("returns"),
    },
    counsellingSessions: subtotals.counselling!,
    counsellingSessionsPrevYear: prevTotal(report.counsellingSessionsPrevYear),
    reintegrationServices: subtotals.reintegration!,
    reintegrationServicesPrevYear: prevTotal(report.reintegrationServicesPrevYear),
    vot: {
      assisted: subtotals.votAssisted!,
      exploitation: Object.fromEntries(
        EXPLOITATION_TYPES.map((type) => {
          const share = report.vot.exploitation[type];
          const count = exploitation[type]!;
          const isShown = shown(count, subtotals.votAssisted!);
          return [
            type,
            {
              count,
              pct: pctIf(isShown, share.pct),
              prevPct: pctIf(isShown && prevSharesShown, share.prevPct),
              changePoints: pctIf(isShown && prevSharesShown, share.changePoints),
            },
          ];
        }),
      ) as PublishedReport["vot"]["exploitation"],
      forcedLabourSectors: cells("sectors") as PublishedReport["vot"]["forcedLabourSectors"],
      children: votChildren,
      childrenTopRegion: shown(votChildren) ? report.vot.childrenTopRegion : null,
      childrenNeeds: cells("childrenNeeds") as PublishedReport["vot"]["childrenNeeds"],
    },
    votDatabase: publishVotDatabase(report, isWorld, k),
    breakdowns: {
      sexByAge: publishSexByAge(report, isWorld && !hasHidden(plans.sex, plans.age), k),
      nationality,
      hostCountry: publishPlaces(report.breakdowns.hostCountry, countryNode, context),
      region: publishPlaces(report.breakdowns.region, regionNode, context),
      serviceTypes: cells("serviceTypes") as PublishedReport["breakdowns"]["serviceTypes"],
    },
  };
}

const hasHidden = (...plans: TablePlan[]) =>
  plans.some((plan) => plan.withheld || plan.hiddenInWorld.size > 0);

// The VoT database counts a different population (every VoT identified so far): the world
// shows it unless small; a filtered view never does.
function publishVotDatabase(report: AnnualReport, isWorld: boolean, k: number) {
  const { asOf, beneficiaries, sourceCountries, destinationCountries } = report.votDatabase;
  if (!isWorld || isSmall(beneficiaries, k))
    return {
      asOf,
      beneficiaries: isWorld ? markHidden(beneficiaries, k) : SECONDARY_MARKER,
      sourceCountries: SECONDARY_MARKER,
      destinationCountries: SECONDARY_MARKER,
    };
  return { asOf, beneficiaries, sourceCountries, destinationCountries };
}

// Sex by age: shown whole in the world view when no cell of it, nor of its margins, is
// hidden; otherwise (and in every filtered view) withheld whole.
function publishSexByAge(report: AnnualReport, mayShow: boolean, k: number) {
  const table = report.breakdowns.sexByAge;
  const isClean = SEXES.every((s) => AGE_GROUPS.every((a) => !isSmall(table[s][a], k)));
  return Object.fromEntries(
    SEXES.map((s) => [
      s,
      Object.fromEntries(
        AGE_GROUPS.map((a) => [a, mayShow && isClean ? table[s][a] : SECONDARY_MARKER]),
      ),
    ]),
  ) as PublishedReport["breakdowns"]["sexByAge"];
}

// People per host country or region are the populations of those selections: shown when
// the selection may be published, or when it contains the view (then it is the view's own
// population); otherwise "x".
function publishPlaces(
  counts: Record<string, number>,
  node: (key: string) => NodeId,
  { plan, view }: DisclosureContext,
): Record<string, PublishedCell> {
  const viewOffices = plan.officesOf.get(view) ?? [];
  const contains = (place: NodeId) => {
    const offices = plan.officesOf.get(place);
    return !!offices && viewOffices.length > 0 && viewOffices.every((o) => offices.includes(o));
  };
  return Object.fromEntries(
    Object.entries(counts).map(([key, value]) => [
      key,
      plan.allowed.has(node(key)) || contains(node(key)) ? value : SECONDARY_MARKER,
    ]),
  );
}
