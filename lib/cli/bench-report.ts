import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { clusterFromUrl, createDatabase, dropDatabase, migrate, startEmbeddedCluster, withClient, type Cluster } from "@/lib/cli/database";
import { runCli } from "@/lib/cli/cli-database";
import { seedDemo2012 } from "@/lib/demo/seed-demo-2012";

// `npm run bench:report [-- --years 10 --runs 15 --keep]`: loads the 2012 demo, copies its
// 2012 population back year by year (default: ten years at the 2012 volume), then times the
// full annual report against one count(DISTINCT beneficiary) scan of a year's services.
const SHIFT = (k: number) => `
WITH src AS (SELECT id FROM beneficiaries WHERE ref LIKE 'D12-VOT12-%' OR ref LIKE 'D12-AVR12-%')
INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
SELECT md5(b.id::text || '-${k}')::uuid, b.ref || '-Y${k}', b.office_id, b.given_name, b.family_name, b.sex,
  b.birth_date - interval '${k} years', b.nationality, now()
FROM beneficiaries b JOIN src ON src.id = b.id;
INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at, migrant_category,
  return_country, identified_on, exploitation_types, labour_sector, exploitation_country, origin_country, avr_case_id)
SELECT md5(c.id::text || '-${k}')::uuid, c.ref || '-Y${k}', md5(c.beneficiary_id::text || '-${k}')::uuid, c.kind, c.office_id, c.project_id,
  c.status, c.opened_on - interval '${k} years', c.closed_on - interval '${k} years', now(), c.migrant_category, c.return_country,
  c.identified_on - interval '${k} years', c.exploitation_types, c.labour_sector, c.exploitation_country, c.origin_country,
  CASE WHEN c.avr_case_id IS NULL THEN NULL ELSE md5(c.avr_case_id::text || '-${k}')::uuid END
FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE b.ref LIKE 'D12-VOT12-%' OR b.ref LIKE 'D12-AVR12-%'
ORDER BY c.avr_case_id NULLS FIRST;
INSERT INTO services (id, case_id, type, delivered_on)
SELECT gen_random_uuid(), md5(s.case_id::text || '-${k}')::uuid, s.type, s.delivered_on - interval '${k} years'
FROM services s JOIN cases c ON c.id = s.case_id JOIN beneficiaries b ON b.id = c.beneficiary_id
WHERE b.ref LIKE 'D12-VOT12-%' OR b.ref LIKE 'D12-AVR12-%';`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function time(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

runCli(async () => {
  const { values } = parseArgs({ options: { years: { type: "string", default: "10" }, runs: { type: "string", default: "15" }, keep: { type: "boolean", default: false } } });
  const years = Number(values.years);
  const runs = Number(values.runs);
  const cluster: Cluster = process.env.DATABASE_URL ? clusterFromUrl(process.env.DATABASE_URL)
    : await startEmbeddedCluster(".data/postgres", Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const name = "passage_bench";
  try {
    await dropDatabase(cluster, name);
    const url = await createDatabase(cluster, name);
    await migrate(url);
    const started = performance.now();
    await withClient(url, async (client) => {
      await seedDemo2012(client);
      for (let k = 1; k < years; k++) {
        await client.query("BEGIN");
        await client.query(SHIFT(k));
        await client.query("COMMIT");
        console.log(`loaded year ${2012 - k}`);
      }
      await client.query("VACUUM ANALYZE");
      const { rows } = await client.query("SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM services) AS services, (SELECT count(*) FROM beneficiaries) AS beneficiaries");
      console.log(`dataset: ${JSON.stringify(rows[0])}, loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    });
    process.env.DATABASE_URL = url;
    const { db, pool } = await import("@/lib/db");
    const { computeAnnualReport } = await import("@/lib/reports/compute-annual-report");
    const scan = await time(runs, () => db.$queryRaw`SELECT count(DISTINCT c.beneficiary_id) FROM services s JOIN cases c ON c.id = s.case_id
      WHERE s.delivered_on BETWEEN '2012-01-01'::date AND '2012-12-31'::date`);
    const report = await time(runs, () => computeAnnualReport(db, { year: 2012 }));
    await db.$disconnect();
    await pool.end();
    const line = (label: string, times: number[]) => `${label}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;
    console.log(line("count(DISTINCT beneficiary) of 2012 services", scan));
    console.log(line("full annual report 2012", report));
    console.log(`ratio (p50): ${(percentile(report, 50) / percentile(scan, 50)).toFixed(1)}x`);
  } finally {
    if (!values.keep) await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
});
