import { toDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OfficeScope } from "@/lib/reports/query-annual-counts";
import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

// Test oracle: every count of the annual report computed straight from services, cases and
// beneficiaries (the report's SQL before the summaries). The summary-based report must give
// the same answer on any data; this is far too slow for a large database, so tests only.

export function directAnnualCountsSql(
  year: number,
  scope: OfficeScope,
  regionByCountry: Record<string, string>,
): Prisma.Sql {
  const yearStart = toDay(`${String(year).padStart(4, "0")}-01-01`);
  const yearEnd = toDay(`${String(year).padStart(4, "0")}-12-31`);
  const prevStart = toDay(`${String(year - 1).padStart(4, "0")}-01-01`);
  return Prisma.sql`
    WITH sc AS (
      SELECT id, host_country::text AS host FROM offices
      WHERE (${scope.officeCode}::text IS NULL OR code = ${scope.officeCode}::text)
        AND (${scope.hostCountries}::text[] IS NULL OR host_country = ANY (${scope.hostCountries}::text[]))
    ),
    rm AS (SELECT key AS iso, value AS region FROM jsonb_each_text(${JSON.stringify(regionByCountry)}::jsonb)),
    sv AS MATERIALIZED (
      SELECT s.case_id, c.beneficiary_id AS b, c.kind::text AS kind, sc.host, s.type::text AS type,
             s.delivered_on AS d, s.delivered_on >= ${yearStart}::date AS cur
      FROM services s JOIN cases c ON c.id = s.case_id JOIN sc ON sc.id = c.office_id
      WHERE s.delivered_on BETWEEN ${prevStart}::date AND ${yearEnd}::date
    ),
    ppl AS MATERIALIZED (SELECT b, min(d) AS first_on FROM sv WHERE cur GROUP BY b),
    demo AS MATERIALIZED (
      SELECT p.b, be.sex::text AS sex, be.nationality::text AS nationality,
        CASE WHEN be.birth_date IS NULL THEN 'unknown'
             WHEN date_part('year', age(p.first_on, be.birth_date)) < 18 THEN 'child' ELSE 'adult' END AS age
      FROM ppl p JOIN beneficiaries be ON be.id = p.b
    ),
    kc AS MATERIALIZED (
      SELECT c.beneficiary_id AS b, c.kind::text AS kind, k.in_y, k.in_p, c.migrant_category::text AS category,
             c.exploitation_types::text[] AS types, c.labour_sector::text AS sector, c.identified_on, sc.host
      FROM (SELECT case_id, bool_or(cur) AS in_y, bool_or(NOT cur) AS in_p FROM sv GROUP BY case_id) k
      JOIN cases c ON c.id = k.case_id JOIN sc ON sc.id = c.office_id
    ),
    vy AS MATERIALIZED (SELECT * FROM kc WHERE kind = 'VOT' AND in_y),
    vc AS MATERIALIZED (
      SELECT DISTINCT v.b, v.host FROM vy v JOIN beneficiaries be ON be.id = v.b
      WHERE be.birth_date IS NOT NULL AND date_part('year', age(v.identified_on, be.birth_date)) < 18
    ),
    vdb AS (
      SELECT c.beneficiary_id AS b, be.nationality, c.exploitation_country
      FROM cases c JOIN sc ON sc.id = c.office_id JOIN beneficiaries be ON be.id = c.beneficiary_id
      WHERE c.kind = 'VOT' AND c.identified_on <= ${yearEnd}::date
    ),
    ap AS (
      SELECT sc.host FROM projects p JOIN sc ON sc.id = p.office_id
      WHERE p.start_date <= ${yearEnd}::date AND (p.end_date IS NULL OR p.end_date >= ${yearStart}::date)
    )
    SELECT jsonb_build_object(
      'assisted', (SELECT count(*) FROM ppl),
      'assistedPrev', (SELECT count(DISTINCT b) FROM sv WHERE NOT cur),
      'origins', (SELECT count(DISTINCT nationality) FROM demo),
      'activeProjects', (SELECT count(*) FROM ap),
      'hostCountries', (SELECT count(DISTINCT host) FROM ap),
      'sex', (SELECT coalesce(jsonb_object_agg(sex, n), '{}') FROM (SELECT sex, count(*) n FROM demo GROUP BY sex) x),
      'ageGroups', (SELECT coalesce(jsonb_object_agg(age, n), '{}') FROM (SELECT age, count(*) n FROM demo GROUP BY age) x),
      'sexAge', (SELECT coalesce(jsonb_agg(x), '[]') FROM (SELECT sex, age, count(*) n FROM demo GROUP BY sex, age) x),
      'avrAssisted', (SELECT count(DISTINCT b) FROM kc WHERE kind = 'AVR' AND in_y),
      'avrByCategory', (SELECT coalesce(jsonb_object_agg(category, n), '{}') FROM
        (SELECT category, count(DISTINCT b) n FROM kc WHERE kind = 'AVR' AND in_y GROUP BY category) x),
      'returnsByHost', (SELECT coalesce(jsonb_object_agg(host, n), '{}') FROM
        (SELECT host, count(DISTINCT b) n FROM sv WHERE cur AND kind = 'AVR' AND type = 'RETURN_TRAVEL' GROUP BY host) x),
      'counselling', (SELECT count(*) FROM sv WHERE cur AND type = 'COUNSELLING'),
      'counsellingPrev', (SELECT count(*) FROM sv WHERE NOT cur AND type = 'COUNSELLING'),
      'reintegration', (SELECT count(*) FROM sv WHERE cur AND kind = 'REINTEGRATION' AND type = ANY (${REINTEGRATION_SERVICE_TYPES}::text[])),
      'reintegrationPrev', (SELECT count(*) FROM sv WHERE NOT cur AND kind = 'REINTEGRATION' AND type = ANY (${REINTEGRATION_SERVICE_TYPES}::text[])),
      'votAssisted', (SELECT count(DISTINCT b) FROM vy),
      'votAssistedPrev', (SELECT count(DISTINCT b) FROM kc WHERE kind = 'VOT' AND in_p),
      'exploitation', (SELECT coalesce(jsonb_object_agg(t, n), '{}') FROM
        (SELECT t, count(DISTINCT b) n FROM vy, unnest(types) t GROUP BY t) x),
      'exploitationPrev', (SELECT coalesce(jsonb_object_agg(t, n), '{}') FROM
        (SELECT t, count(DISTINCT b) n FROM kc, unnest(types) t WHERE kind = 'VOT' AND in_p GROUP BY t) x),
      'sectors', (SELECT coalesce(jsonb_object_agg(sector, n), '{}') FROM
        (SELECT sector, count(DISTINCT b) n FROM vy WHERE sector IS NOT NULL AND 'FORCED_LABOUR' = ANY (types) GROUP BY sector) x),
      'votChildren', (SELECT count(DISTINCT b) FROM vc),
      'childrenByRegion', (SELECT coalesce(jsonb_object_agg(region, n), '{}') FROM
        (SELECT rm.region, count(DISTINCT vc.b) n FROM vc JOIN rm ON rm.iso = vc.host GROUP BY rm.region) x),
      'childrenNeeds', (SELECT coalesce(jsonb_object_agg(type, n), '{}') FROM
        (SELECT type, count(*) n FROM sv WHERE cur AND b IN (SELECT b FROM vc) GROUP BY type) x),
      'votDb', (SELECT jsonb_build_object('beneficiaries', count(DISTINCT b), 'sources', count(DISTINCT nationality),
        'destinations', count(DISTINCT exploitation_country)) FROM vdb),
      'nationality', (SELECT coalesce(jsonb_object_agg(nat, n), '{}') FROM
        (SELECT coalesce(nationality, 'UNKNOWN') nat, count(*) n FROM demo GROUP BY 1) x),
      'hostCountry', (SELECT coalesce(jsonb_object_agg(host, n), '{}') FROM
        (SELECT host, count(DISTINCT b) n FROM sv WHERE cur GROUP BY host) x),
      'region', (SELECT coalesce(jsonb_object_agg(region, n), '{}') FROM
        (SELECT coalesce(rm.region, 'UNKNOWN') region, count(DISTINCT sv.b) n FROM sv LEFT JOIN rm ON rm.iso = sv.host WHERE cur GROUP BY 1) x),
      'serviceTypes', (SELECT coalesce(jsonb_object_agg(type, n), '{}') FROM
        (SELECT type, count(DISTINCT b) n FROM sv WHERE cur GROUP BY type) x)
    ) AS r`;
}
