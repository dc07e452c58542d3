-- "Is a reintegration service" in one place: the six types of reintegration assistance
-- (REPORT_SPEC) were an IN list in the report's source view and in the plan items' check.
-- IMMUTABLE and a plain SQL expression, so the planner inlines it (no call per row) and a
-- CHECK constraint may use it. The set is the same, so the summaries need no rebuild.
CREATE FUNCTION "is_reintegration_service"(service_type "ServiceType") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT service_type IN ('EMPLOYMENT', 'INCOME_GENERATION', 'EDUCATION', 'VOCATIONAL_TRAINING',
                               'SMALL_BUSINESS', 'ACCESS_TO_SERVICES') $$;

ALTER TABLE "plan_items" DROP CONSTRAINT "plan_items_reintegration_type",
  ADD CONSTRAINT "plan_items_reintegration_type" CHECK (is_reintegration_service("type"));

-- As in 20261128200000_report_summaries, with the function in place of the list.
CREATE OR REPLACE VIEW "report_beneficiary_year_source" AS
SELECT y.*, count(*) OVER (PARTITION BY y.beneficiary_id, y.year) = 1 AS is_sole_office FROM (
SELECT t.beneficiary_id, t.office_id, t.year,
  min(t.first_on) AS first_on,
  bit_or(report_bit(t.type))::integer AS service_types,
  jsonb_object_agg(t.type, t.services) AS services_by_type,
  (coalesce(sum(t.services) FILTER (WHERE t.type = 'COUNSELLING'), 0))::integer AS counselling_services,
  (coalesce(sum(t.reintegration) FILTER (WHERE is_reintegration_service(t.type)), 0))::integer AS reintegration_services,
  bit_or(t.case_kinds)::integer AS case_kinds,
  bool_or(t.avr_returned) AS avr_returned,
  bit_or(t.avr_categories)::integer AS avr_categories,
  bit_or(t.exploitation_types)::integer AS exploitation_types,
  bit_or(t.labour_sectors)::integer AS labour_sectors,
  b.sex,
  b.nationality,
  CASE WHEN b.birth_date IS NULL THEN 'unknown'
       WHEN date_part('year', age(min(t.first_on), b.birth_date)) < 18 THEN 'child' ELSE 'adult' END AS age_group,
  coalesce(date_part('year', age(min(t.vot_identified_on), b.birth_date)) < 18, false) AS is_vot_child
FROM (
  SELECT c.beneficiary_id, c.office_id, date_part('year', s.delivered_on)::integer AS year, s.type,
    count(*)::integer AS services,
    min(s.delivered_on) AS first_on,
    count(*) FILTER (WHERE c.kind = 'REINTEGRATION') AS reintegration,
    bit_or(report_bit(c.kind)) AS case_kinds,
    s.type = 'RETURN_TRAVEL' AND bool_or(c.kind = 'AVR') AS avr_returned,
    coalesce(bit_or(report_bit(c.migrant_category)) FILTER (WHERE c.kind = 'AVR'), 0) AS avr_categories,
    coalesce(bit_or((SELECT bit_or(report_bit(e)) FROM unnest(c.exploitation_types) e)) FILTER (WHERE c.kind = 'VOT'), 0) AS exploitation_types,
    coalesce(bit_or(report_bit(c.labour_sector)) FILTER (WHERE c.kind = 'VOT' AND 'FORCED_LABOUR' = ANY (c.exploitation_types)), 0) AS labour_sectors,
    min(c.identified_on) FILTER (WHERE c.kind = 'VOT') AS vot_identified_on
  FROM services s JOIN cases c ON c.id = s.case_id
  GROUP BY c.beneficiary_id, c.office_id, date_part('year', s.delivered_on), s.type
) t JOIN beneficiaries b ON b.id = t.beneficiary_id
GROUP BY t.beneficiary_id, t.office_id, t.year, b.id
) y;
