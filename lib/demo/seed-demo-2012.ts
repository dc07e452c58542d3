import type pg from "pg";

import { systemSettingsSql } from "@/lib/db-context";
import { countryName, isIso3Country } from "@/lib/geo/countries";
import { eeaMembers } from "@/lib/geo/eea-membership";
import m49 from "@/lib/geo/m49-regions.json";
import { regionOf } from "@/lib/geo/regions";

import { populationSql } from "./demo-2012-population";

// The large demo: synthetic 2011 and 2012 records (and earlier VoTs) from which the 2012
// annual report reproduces every figure of the seed report. Everything is generated in
// PostgreSQL with INSERT ... SELECT; nothing is built row by row in Node.
// The European hosts are the EEA of 2012 (27 EU countries, Iceland, Liechtenstein and Norway):
// the seed report counts returns "from the European Economic Area" apart from the others.
const EUROPE = eeaMembers(2012);
const CENTRAL_AMERICA = ["MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "BLZ"];
const OTHER_HOSTS = [
  "CAN",
  "COL",
  "ECU",
  "PER",
  "AFG",
  "PAK",
  "BGD",
  "IND",
  "THA",
  "IDN",
  "PHL",
  "EGY",
  "MAR",
  "NGA",
  "ETH",
  "KEN",
  "ZAF",
  "UKR",
  "TUR",
];
export const DEMO_HOSTS = [...EUROPE, ...CENTRAL_AMERICA, ...OTHER_HOSTS];

// Invented names, combined by index.
const GIVEN = [
  "Amaru",
  "Belin",
  "Corvo",
  "Dalia",
  "Esmer",
  "Fenna",
  "Galo",
  "Hirsa",
  "Ilvo",
  "Jorah",
  "Kesta",
  "Lumi",
  "Marvo",
  "Nelia",
  "Orin",
  "Pavla",
  "Quin",
  "Risa",
  "Solen",
  "Tavi",
  "Ulma",
  "Varo",
  "Wenna",
  "Xelo",
  "Yara",
  "Zeno",
  "Ardi",
  "Brisa",
  "Cato",
];
const FAMILY = [
  "Abrenko",
  "Belvario",
  "Casimbe",
  "Dorvane",
  "Elquist",
  "Farumbo",
  "Gelsinki",
  "Horvela",
  "Istrano",
  "Jalvert",
  "Korvane",
  "Lindoso",
  "Marquelo",
  "Nistrova",
  "Ostravo",
  "Pelundo",
  "Quarviso",
  "Rostamel",
  "Silvano",
  "Tremosa",
  "Ulvadi",
  "Varnesko",
  "Wolmira",
  "Xandrelo",
  "Yesterra",
  "Zolvane",
  "Arbesco",
  "Brundavo",
  "Cielvano",
  "Dastruma",
  "Emberlo",
];

// Countries of origin: the first 191 ISO 3166 countries (alphabetical code) that have an M49 region.
export function demoOriginCountries(): string[] {
  return (m49 as { alpha3: string }[])
    .map((entry) => entry.alpha3)
    .filter((code) => isIso3Country(code) && regionOf(code))
    .sort()
    .slice(0, 191);
}

export async function hasDemo2012(client: pg.ClientBase): Promise<boolean> {
  const { rowCount } = await client.query("SELECT 1 FROM offices WHERE code LIKE 'D12-%' LIMIT 1");
  return (rowCount ?? 0) > 0;
}

const offices = `
INSERT INTO offices (id, code, name, host_country, updated_at)
SELECT md5('d12-o-' || h)::uuid, 'D12-' || h, n, h, now() FROM unnest($1::text[], $2::text[]) AS t(h, n)`;

// 426 projects active in 2012 (one ends on 1 January 2012), 10 that ended in 2011 and 5
// that start in 2013. Project p belongs to office p % 57.
const projects = `
INSERT INTO projects (id, code, title, office_id, start_date, end_date, updated_at)
SELECT md5('d12-p-' || p)::uuid, 'D12-P' || lpad(p::text, 3, '0'), 'Migrant assistance project ' || (p + 1),
  md5('d12-o-' || ($1::text[])[1 + p % 57])::uuid,
  CASE WHEN p < 57 THEN DATE '2004-01-01' WHEN p < 426 THEN DATE '2008-01-01' + (p * 37) % 1400
       WHEN p < 436 THEN DATE '2009-01-01' ELSE DATE '2013-01-01' END,
  CASE WHEN p = 57 THEN DATE '2012-01-01' WHEN p >= 436 THEN NULL WHEN p >= 426 THEN DATE '2011-12-31'
       WHEN p < 57 OR p % 3 = 0 THEN NULL WHEN p % 3 = 1 THEN DATE '2012-01-01' + (p * 13) % 700 ELSE DATE '2013-06-30' END,
  now()
FROM generate_series(0, 440) p`;

const beneficiaries = `
INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
SELECT md5(seg || '-b-' || j)::uuid, 'D12-' || upper(seg) || '-' || lpad(j::text, 6, '0'), md5('d12-o-' || host)::uuid,
  ($1::text[])[1 + j % ${GIVEN.length}], ($2::text[])[1 + (j / 7) % ${FAMILY.length}], sex::"Sex", birth, nat, now()
FROM demo_people`;

const cases = `
INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at,
  migrant_category, return_country, identified_on, exploitation_types, labour_sector, exploitation_country, origin_country, avr_case_id)
SELECT md5(seg || '-c-' || j)::uuid, 'D12-' || upper(seg) || '-C' || lpad(j::text, 6, '0'), md5(seg || '-b-' || j)::uuid,
  kind::"CaseKind", md5('d12-o-' || host)::uuid, md5('d12-p-' || (array_position($1::text[], host) - 1 + 57 * project_slot))::uuid,
  status::"CaseStatus", opened, closed, now(), category::"MigrantCategory", ret, identified,
  coalesce(types, '{}')::"ExploitationType"[], sector::"LabourSector", ecountry, NULL, NULL
FROM demo_people
UNION ALL
SELECT md5(seg || '-r-' || j)::uuid, 'D12-' || upper(seg) || '-R' || lpad(j::text, 6, '0'), md5(seg || '-b-' || j)::uuid,
  'REINTEGRATION', md5('d12-o-' || host)::uuid, md5('d12-p-' || (array_position($1::text[], host) - 1 + 57 * project_slot))::uuid,
  'MONITORING', opened + 45, NULL, now(), NULL, NULL, NULL, '{}', NULL, NULL, ret, md5(seg || '-c-' || j)::uuid
FROM demo_people WHERE reint_types IS NOT NULL`;

const services = `
INSERT INTO services (id, case_id, type, delivered_on)
SELECT gen_random_uuid(), md5(seg || '-c-' || j)::uuid, s.type::"ServiceType", opened + s.days
FROM demo_people, unnest(svc_types, svc_days) AS s(type, days) WHERE s.type IS NOT NULL
UNION ALL
SELECT gen_random_uuid(), md5(seg || '-r-' || j)::uuid, s.type::"ServiceType", opened + s.days
FROM demo_people, unnest(reint_types, reint_days) AS s(type, days) WHERE reint_types IS NOT NULL AND s.type IS NOT NULL`;

export async function seedDemo2012(client: pg.ClientBase): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(systemSettingsSql("seed"));
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query(offices, [
      DEMO_HOSTS,
      DEMO_HOSTS.map((code) => `${countryName(code)} country office`),
    ]);
    await client.query(projects, [DEMO_HOSTS]);
    await client.query(populationSql, [DEMO_HOSTS, demoOriginCountries(), EUROPE, CENTRAL_AMERICA]);
    // Statistics between the bulk inserts (ANALYZE counts this transaction's own rows): the
    // summary triggers of the next insert plan their queries with them.
    // Into a near-empty database: indexes and report summaries are rebuilt once at the end.
    const { rows } = await client.query<{ bulk: boolean }>(
      "SELECT passage_bulk_load_begin((SELECT count(*) * 3 FROM demo_people)) AS bulk",
    );
    await client.query(beneficiaries, [GIVEN, FAMILY]);
    if (!rows[0]!.bulk) await client.query("SELECT passage_analyze_after_bulk_load()");
    await client.query(cases, [DEMO_HOSTS]);
    if (!rows[0]!.bulk) await client.query("SELECT passage_analyze_after_bulk_load()");
    await client.query(services);
    if (rows[0]!.bulk) await client.query("SELECT passage_bulk_load_end()");
    await client.query("COMMIT");
    // Fresh statistics, or the planner takes the new tables for empty ones.
    await client.query("SELECT passage_analyze_after_bulk_load()");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
