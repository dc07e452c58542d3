import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import type pg from "pg";

import { percentile } from "@/lib/cli/bench-stats";
import { runCli } from "@/lib/cli/cli-database";
import {
  appRoleUrl,
  clusterFromUrl,
  createDatabase,
  dropDatabase,
  migrate,
  startEmbeddedCluster,
  withClient,
  type Cluster,
} from "@/lib/cli/database";
import { seedDemo2012 } from "@/lib/demo/seed-demo-2012";

// `npm run bench:report [-- --years 10 --runs 15 --keep]`: loads the 2012 demo and copies
// its 2012 population back year by year (default: ten years at the 2012 volume), then times
// the full annual report against one count(DISTINCT beneficiary) scan of 2012's services,
// then publishing 2012 (disclosure control), its atoms' cells read per atom and grouped.
const copies = (years: number) => `
CREATE TEMP TABLE copies AS SELECT k FROM generate_series(1, ${years - 1}) k;
CREATE TEMP TABLE src AS SELECT id FROM beneficiaries WHERE ref LIKE 'D12-VOT12-%' OR ref LIKE 'D12-AVR12-%';
INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
SELECT md5(b.id::text || '-' || k)::uuid, b.ref || '-Y' || k, b.office_id, b.given_name, b.family_name, b.sex,
  b.birth_date - make_interval(years => k), b.nationality, now()
FROM beneficiaries b JOIN src ON src.id = b.id CROSS JOIN copies;
INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at, migrant_category,
  return_country, identified_on, exploitation_types, labour_sector, exploitation_country, origin_country, avr_case_id)
SELECT md5(c.id::text || '-' || k)::uuid, c.ref || '-Y' || k, md5(c.beneficiary_id::text || '-' || k)::uuid, c.kind, c.office_id,
  c.project_id, c.status, c.opened_on - make_interval(years => k), c.closed_on - make_interval(years => k), now(), c.migrant_category,
  c.return_country, c.identified_on - make_interval(years => k), c.exploitation_types, c.labour_sector, c.exploitation_country,
  c.origin_country, CASE WHEN c.avr_case_id IS NULL THEN NULL ELSE md5(c.avr_case_id::text || '-' || k)::uuid END
FROM cases c JOIN src ON src.id = c.beneficiary_id CROSS JOIN copies;
INSERT INTO services (id, case_id, type, delivered_on)
SELECT gen_random_uuid(), md5(s.case_id::text || '-' || k)::uuid, s.type, s.delivered_on - make_interval(years => k)
FROM services s JOIN cases c ON c.id = s.case_id JOIN src ON src.id = c.beneficiary_id CROSS JOIN copies;`;

const TABLES = ["beneficiaries", "cases", "services"];
const SCAN = `SELECT count(DISTINCT c.beneficiary_id) FROM services s JOIN cases c ON c.id = s.case_id
  WHERE s.delivered_on BETWEEN '2012-01-01'::date AND '2012-12-31'::date`;

async function step(label: string, work: () => Promise<unknown>) {
  const started = performance.now();
  await work();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Bulk load the way one restores a dump: without triggers (replica mode, so no foreign-key
// checks and no per-statement summary upkeep) and without secondary indexes, which are
// recreated afterwards. The summaries are then built by report_rebuild(), from the same
// views the triggers use.
async function load(client: pg.Client, years: number) {
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = ANY ($1) AND indexname NOT LIKE '%\\_pkey'`,
    [TABLES],
  );
  await client.query("SET session_replication_role = replica");
  await step("dropped secondary indexes", () =>
    client.query(indexes.map((index) => `DROP INDEX "${index.name}";`).join("\n")),
  );
  await step("2011-2012 demo", () => seedDemo2012(client));
  if (years > 2)
    await step(`copies of 2012 back to ${2012 - years + 1}`, () => client.query(copies(years)));
  await client.query("RESET session_replication_role");
  await step("recreated indexes", () =>
    client.query(indexes.map((index) => `${index.definition};`).join("\n")),
  );
  await step("summaries (report_rebuild)", () => client.query("SELECT report_rebuild()"));
  await step("VACUUM ANALYZE", () => client.query("VACUUM ANALYZE"));
  const { rows } =
    await client.query(`SELECT (SELECT count(*) FROM beneficiaries) AS beneficiaries, (SELECT count(*) FROM cases) AS cases,
    (SELECT count(*) FROM services) AS services, (SELECT count(*) FROM report_beneficiary_years) AS summary_rows`);
  console.log(`dataset: ${JSON.stringify(rows[0])}`);
}

const summary = (label: string, times: number[]) =>
  `${label.padEnd(48)} p50 ${percentile(times, 50).toFixed(0).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(6)} ms`;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      years: { type: "string", default: "10" },
      runs: { type: "string", default: "15" },
      keep: { type: "boolean", default: false },
    },
  });
  const years = Math.max(2, Number(values.years));
  const runs = Number(values.runs);
  const cluster: Cluster = process.env.DATABASE_URL
    ? clusterFromUrl(process.env.DATABASE_URL)
    : await startEmbeddedCluster(".data/postgres", Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const name = "passage_bench";
  try {
    await dropDatabase(cluster, name);
    const url = await createDatabase(cluster, name);
    await migrate(url);
    await step(`loaded ${years} years`, () => withClient(url, (client) => load(client, years)));
    // As in production: the app's role, under row-level security, in the report's system scope.
    process.env.DATABASE_URL = await appRoleUrl(url, randomBytes(24).toString("base64url"));
    const { db, pool } = await import("@/lib/db");
    const { asSystem } = await import("@/lib/db-context");
    const { computeAnnualReport } = await import("@/lib/reports/compute-annual-report");
    const scan = () => asSystem("report", () => db.$queryRawUnsafe(SCAN));
    const report = () => computeAnnualReport(db, { year: 2012 });
    for (let warmUp = 0; warmUp < 2; warmUp += 1) await scan().then(report);
    // Interleaved, so that both see the same load on a shared machine.
    const scanTimes: number[] = [];
    const reportTimes: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const [work, times] of [
        [scan, scanTimes],
        [report, reportTimes],
      ] as const) {
        const started = performance.now();
        await work();
        times.push(performance.now() - started);
      }
    }
    // Publishing (disclosure control): the whole selection, and the atoms' cells read the
    // way they were before (one whole report per atom) against one grouped statement.
    const { disclosureThreshold } = await import("@/lib/settings/disclosure-threshold");
    const { planFor, publishSelection } = await import("@/lib/reports/publish-selection");
    const { queryAtomTables } = await import("@/lib/reports/query-atom-tables");
    const k = disclosureThreshold();
    const { plan } = await planFor(db, { year: 2012 }, k);
    const publishRuns = Math.min(runs, 3);
    const timed = async (work: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let run = 0; run < publishRuns; run += 1) {
        const started = performance.now();
        await work();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b);
    };
    const perAtom = await timed(async () => {
      for (const atom of plan.atoms) await computeAnnualReport(db, { year: 2012 }, atom.offices);
    });
    const grouped = await timed(() => queryAtomTables(db, 2012, plan.atoms));
    const published = await timed(() => publishSelection(db, { year: 2012 }, k));
    await db.$disconnect();
    await pool.end();
    console.log(`atoms of the 2012 plan: ${plan.atoms.length}`);
    console.log(summary("atoms' cells: one whole report per atom", perAtom));
    console.log(summary("atoms' cells: one grouped statement", grouped));
    console.log(summary("publishSelection world 2012", published));
    for (const times of [scanTimes, reportTimes]) times.sort((a, b) => a - b);
    console.log(summary("count(DISTINCT beneficiary) of 2012 services", scanTimes));
    console.log(summary("full annual report 2012", reportTimes));
    console.log(
      `ratio report / scan: p50 ${(percentile(reportTimes, 50) / percentile(scanTimes, 50)).toFixed(2)}x, ` +
        `p95 ${(percentile(reportTimes, 95) / percentile(scanTimes, 95)).toFixed(2)}x`,
    );
  } finally {
    if (!values.keep) await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
});
