import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import type pg from "pg";

import { percentile } from "@/lib/cli/bench-stats";
import { runCli } from "@/lib/cli/cli-database";
import {
  appRoleUrl,
  BENCH_ROLE,
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
// its 2012 population back year by year (default: ten years at the 2012 volume), then times,
// interleaved, one count(DISTINCT beneficiary) scan of 2012's services (the baseline), the
// full annual report, publishing 2012 through disclosure control and the HQ page's pair
// (2012 and 2011), and both as the previous implementation published them.
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
    process.env.DATABASE_URL = await appRoleUrl(
      url,
      randomBytes(24).toString("base64url"),
      BENCH_ROLE,
    );
    const { db, pool } = await import("@/lib/db");
    const { asSystem } = await import("@/lib/db-context");
    const { computeAnnualReport } = await import("@/lib/reports/compute-annual-report");
    const { publishSelection, publishSelections } = await import("@/lib/reports/publish-selection");
    const { publishSelectionSlowly } = await import("@/lib/testing/publish-selection-oracle");
    const { disclosureThreshold } = await import("@/lib/settings/disclosure-threshold");
    const k = disclosureThreshold();
    const pair = [{ year: 2012 }, { year: 2011 }] as const;
    // The HQ page publishes the year and the year before; before, each one on its own.
    const works: [string, () => Promise<unknown>][] = [
      [
        "count(DISTINCT beneficiary) of 2012 services",
        () => asSystem("report", () => db.$queryRawUnsafe(SCAN)),
      ],
      ["full annual report 2012 (raw)", () => computeAnnualReport(db, { year: 2012 })],
      ["publishSelection world 2012", () => publishSelection(db, { year: 2012 }, k)],
      ["HQ page pair 2012 + 2011", () => publishSelections(db, pair, k)],
      ["before: publishSelection world 2012", () => publishSelectionSlowly(db, { year: 2012 }, k)],
      [
        "before: HQ page pair 2012 + 2011",
        () => Promise.all(pair.map((f) => publishSelectionSlowly(db, f, k))),
      ],
    ];
    for (let warmUp = 0; warmUp < 2; warmUp += 1) for (const [, work] of works) await work();
    console.log(
      `load average before timing: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
    );
    // Interleaved, so that every figure sees the same load on a shared machine.
    const times = works.map((): number[] => []);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, [, work]] of works.entries()) {
        const started = performance.now();
        await work();
        times[index]!.push(performance.now() - started);
      }
    }
    console.log(
      `load average after timing:  ${loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
    );
    await db.$disconnect();
    await pool.end();
    for (const [index, [label]] of works.entries())
      console.log(
        summary(
          label,
          times[index]!.sort((a, b) => a - b),
        ),
      );
    const ratio = (index: number) =>
      `p50 ${(percentile(times[index]!, 50) / percentile(times[0]!, 50)).toFixed(2)}x, ` +
      `p95 ${(percentile(times[index]!, 95) / percentile(times[0]!, 95)).toFixed(2)}x`;
    console.log(`ratio raw report / scan: ${ratio(1)}`);
    console.log(`ratio publishing 2012 / scan: ${ratio(2)}`);
    console.log(`ratio HQ page pair / scan: ${ratio(3)}`);
  } finally {
    if (!values.keep) await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
});
