-- Annual report summaries, kept exact on write. The report reads these instead of every
-- service of two years. Each summary row is a function of one beneficiary's records, so a
-- write recomputes the rows of the beneficiaries it touches from the source views below;
-- the backfill and a full rebuild insert the same views unfiltered.

-- Bit of an enum value, by its position in the type (enum order). A value added to an enum
-- anywhere but at the end shifts the bits: such a migration must run report_rebuild().
CREATE FUNCTION "report_bit"(value anyenum) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT 1 << (array_position(enum_range(value), value) - 1) $$;

-- One row per beneficiary, case office and calendar year with at least one service.
-- Masks fold the cases (of that office) that had a service in the year.
CREATE TABLE "report_beneficiary_years" (
  "beneficiary_id"         UUID NOT NULL,
  "office_id"              UUID NOT NULL,
  "year"                   INTEGER NOT NULL,
  "first_on"               DATE NOT NULL,
  "service_types"          INTEGER NOT NULL,
  "services_by_type"       JSONB NOT NULL,
  "counselling_services"   INTEGER NOT NULL,
  "reintegration_services" INTEGER NOT NULL,
  "case_kinds"             INTEGER NOT NULL,
  "avr_returned"           BOOLEAN NOT NULL,
  "avr_categories"         INTEGER NOT NULL,
  "exploitation_types"     INTEGER NOT NULL,
  "labour_sectors"         INTEGER NOT NULL,
  "sex"                    "Sex" NOT NULL,
  "nationality"            CHAR(3),
  -- on the row's first service; across rows the earliest decides (a child then is a child at any earlier date)
  "age_group"              TEXT NOT NULL,
  -- under 18 on the identification date of a VOT case of this row
  "is_vot_child"           BOOLEAN NOT NULL,
  -- the beneficiary's only office with services that year: the report counts such rows as
  -- people directly and de-duplicates only the others
  "is_sole_office"         BOOLEAN NOT NULL,
  CONSTRAINT "report_beneficiary_years_pkey" PRIMARY KEY ("year", "office_id", "beneficiary_id")
);
CREATE INDEX "report_beneficiary_years_beneficiary_id_idx" ON "report_beneficiary_years" ("beneficiary_id");

-- One row per VOT case: the VoT database figure (identified on or before a date).
CREATE TABLE "report_vot_cases" (
  "case_id"              UUID NOT NULL,
  "beneficiary_id"       UUID NOT NULL,
  "office_id"            UUID NOT NULL,
  "identified_on"        DATE NOT NULL,
  "exploitation_country" CHAR(3),
  "nationality"          CHAR(3),
  CONSTRAINT "report_vot_cases_pkey" PRIMARY KEY ("case_id")
);
CREATE INDEX "report_vot_cases_beneficiary_id_idx" ON "report_vot_cases" ("beneficiary_id");
CREATE INDEX "report_vot_cases_identified_on_idx" ON "report_vot_cases" ("identified_on");

-- The definitions (REPORT_SPEC), per beneficiary. Column order = the table's.
CREATE VIEW "report_beneficiary_year_source" AS
SELECT y.*, count(*) OVER (PARTITION BY y.beneficiary_id, y.year) = 1 AS is_sole_office FROM (
SELECT t.beneficiary_id, t.office_id, t.year,
  min(t.first_on) AS first_on,
  bit_or(report_bit(t.type))::integer AS service_types,
  jsonb_object_agg(t.type, t.services) AS services_by_type,
  (coalesce(sum(t.services) FILTER (WHERE t.type = 'COUNSELLING'), 0))::integer AS counselling_services,
  (coalesce(sum(t.reintegration) FILTER (WHERE t.type IN ('EMPLOYMENT', 'INCOME_GENERATION', 'EDUCATION', 'VOCATIONAL_TRAINING',
    'SMALL_BUSINESS', 'ACCESS_TO_SERVICES')), 0))::integer AS reintegration_services,
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

CREATE VIEW "report_vot_case_source" AS
SELECT c.id AS case_id, c.beneficiary_id, c.office_id, c.identified_on, c.exploitation_country, b.nationality
FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
WHERE c.kind = 'VOT' AND c.identified_on IS NOT NULL;

-- Recomputes the summary rows of some beneficiaries. Runs as the owner: a beneficiary's
-- rows depend on all their cases, including those of offices the writer cannot see.
-- Writers for the same beneficiaries take turns (256 lock buckets, taken in order), so a
-- recomputation always sees the other's committed services.
CREATE FUNCTION "report_refresh"(ids uuid[]) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(52651, k) FROM (SELECT DISTINCT hashtext(id::text) & 255 AS k FROM unnest(ids) id ORDER BY 1) buckets;
  DELETE FROM report_beneficiary_years WHERE beneficiary_id = ANY (ids);
  INSERT INTO report_beneficiary_years SELECT * FROM report_beneficiary_year_source WHERE beneficiary_id = ANY (ids);
  DELETE FROM report_vot_cases WHERE beneficiary_id = ANY (ids);
  INSERT INTO report_vot_cases SELECT * FROM report_vot_case_source WHERE beneficiary_id = ANY (ids);
END;
$$;

-- Everything from the source views: the backfill, after TRUNCATE, after a bulk load.
CREATE FUNCTION "report_rebuild"() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  TRUNCATE report_beneficiary_years, report_vot_cases;
  INSERT INTO report_beneficiary_years SELECT * FROM report_beneficiary_year_source ORDER BY year, office_id, beneficiary_id;
  INSERT INTO report_vot_cases SELECT * FROM report_vot_case_source;
END;
$$;

-- Statement-level triggers with transition tables: a bulk INSERT ... SELECT or COPY
-- recomputes each touched beneficiary once. They run as the owner, like report_refresh:
-- mapping a service to its beneficiary must not depend on what the writer may read.
CREATE FUNCTION "report_services_changed"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_refresh(ARRAY(SELECT DISTINCT c.beneficiary_id FROM cases c WHERE c.id IN (SELECT case_id FROM new_rows)));
  ELSIF TG_OP = 'DELETE' THEN
    -- Services deleted with their case: the case's trigger recomputes that beneficiary.
    PERFORM report_refresh(ARRAY(SELECT DISTINCT c.beneficiary_id FROM cases c WHERE c.id IN (SELECT case_id FROM old_rows)));
  ELSE
    PERFORM report_refresh(ARRAY(SELECT DISTINCT c.beneficiary_id FROM cases c
      WHERE c.id IN (SELECT case_id FROM old_rows UNION SELECT case_id FROM new_rows)));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "report_cases_changed"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new case has no services yet (they reference it): only the VoT database gains a row.
    INSERT INTO report_vot_cases SELECT * FROM report_vot_case_source WHERE case_id IN (SELECT id FROM new_rows WHERE kind = 'VOT');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM report_refresh(ARRAY(SELECT DISTINCT beneficiary_id FROM old_rows));
  ELSE
    -- Only the fields the figures use; status and workflow edits change nothing here.
    PERFORM report_refresh(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.beneficiary_id, n.beneficiary_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.beneficiary_id, o.office_id, o.kind, o.migrant_category, o.identified_on, o.exploitation_types, o.labour_sector, o.exploitation_country)
        IS DISTINCT FROM (n.beneficiary_id, n.office_id, n.kind, n.migrant_category, n.identified_on, n.exploitation_types, n.labour_sector, n.exploitation_country)
      UNION SELECT o.beneficiary_id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id)
      UNION SELECT n.beneficiary_id FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id)));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "report_beneficiaries_changed"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM report_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM report_refresh(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.id, n.id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.sex, o.birth_date, o.nationality) IS DISTINCT FROM (n.sex, n.birth_date, n.nationality)));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "report_source_truncated"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM report_rebuild();
  RETURN NULL;
END;
$$;

CREATE TRIGGER "report_services_insert" AFTER INSERT ON "services"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_services_changed"();
CREATE TRIGGER "report_services_update" AFTER UPDATE ON "services"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_services_changed"();
CREATE TRIGGER "report_services_delete" AFTER DELETE ON "services"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_services_changed"();
CREATE TRIGGER "report_cases_insert" AFTER INSERT ON "cases"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_cases_changed"();
CREATE TRIGGER "report_cases_update" AFTER UPDATE ON "cases"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_cases_changed"();
CREATE TRIGGER "report_cases_delete" AFTER DELETE ON "cases"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_cases_changed"();
CREATE TRIGGER "report_beneficiaries_update" AFTER UPDATE ON "beneficiaries"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_beneficiaries_changed"();
CREATE TRIGGER "report_beneficiaries_delete" AFTER DELETE ON "beneficiaries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "report_beneficiaries_changed"();
CREATE TRIGGER "report_services_truncate" AFTER TRUNCATE ON "services" FOR EACH STATEMENT EXECUTE FUNCTION "report_source_truncated"();
CREATE TRIGGER "report_cases_truncate" AFTER TRUNCATE ON "cases" FOR EACH STATEMENT EXECUTE FUNCTION "report_source_truncated"();
CREATE TRIGGER "report_beneficiaries_truncate" AFTER TRUNCATE ON "beneficiaries" FOR EACH STATEMENT EXECUTE FUNCTION "report_source_truncated"();

-- Backfill.
SELECT report_rebuild();
ANALYZE report_beneficiary_years, report_vot_cases;
