-- Row-level security on personal data, a second line behind the application's office
-- scoping. The role running migrations owns the tables; the app connects as passage_app
-- (no ownership, no BYPASSRLS) and backups run as passage_backup (read-only, BYPASSRLS).
-- Roles are cluster-wide: create them only when missing (an operator may create them
-- beforehand, see SECURITY.md); two databases migrated at once may race for the same name.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passage_app') THEN
    CREATE ROLE passage_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- Only a superuser may create a BYPASSRLS role; elsewhere the operator creates it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passage_backup')
     AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    CREATE ROLE passage_backup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE BYPASSRLS IN ROLE pg_read_all_data;
  ELSIF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passage_backup') THEN
    RAISE NOTICE 'passage_backup was not created (needs a superuser); see SECURITY.md';
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- The app's privileges: DML on every table, now and in later migrations, but no
-- TRUNCATE, no DDL, and the audit log append-only.
DO $$
BEGIN
  EXECUTE format('GRANT CONNECT, CREATE ON DATABASE %I TO passage_app', current_database()); -- CREATE: pg-boss makes its own schema
END $$;
GRANT USAGE ON SCHEMA public TO passage_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO passage_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO passage_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO passage_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO passage_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries FROM passage_app;
REVOKE ALL ON _prisma_migrations FROM passage_app;

-- The acting office and scope, set per transaction by lib/db.ts with set_config(..., true).
-- An empty or missing setting matches nothing: the policies fail closed. The office is a
-- range (one office, or every uuid in scope "all") rather than an OR with the scope test,
-- which no index could serve; the functions are inlined, so the planner sees plain
-- comparisons that the office indexes answer.
CREATE FUNCTION passage_scope_is_all() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT coalesce(current_setting('passage.scope', true) = 'all', false) $$;
CREATE FUNCTION passage_office_low() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN passage_scope_is_all() THEN '00000000-0000-0000-0000-000000000000'::uuid
                 ELSE NULLIF(current_setting('passage.office_id', true), '')::uuid END $$;
CREATE FUNCTION passage_office_high() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT CASE WHEN passage_scope_is_all() THEN 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid
                 ELSE NULLIF(current_setting('passage.office_id', true), '')::uuid END $$;

-- How every personal-data table is protected (also for later migrations):
--   SELECT passage_protect_by_office('t');                  -- t has office_id
--   SELECT passage_protect_by_parent('t', 'case_id', 'cases'); -- t belongs to a protected row
-- A row of a child table is visible exactly when its parent row is (the parent's own
-- policy applies inside the EXISTS).
CREATE FUNCTION passage_protect(tbl regclass, visible_when text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS passage_scope ON %s', tbl);
  EXECUTE format('CREATE POLICY passage_scope ON %s USING (%s)', tbl, visible_when);
END $$;
CREATE FUNCTION passage_protect_by_office(tbl regclass) RETURNS void LANGUAGE sql AS
  $$ SELECT passage_protect(tbl, 'office_id BETWEEN passage_office_low() AND passage_office_high()') $$;
-- In system scope the parent lookup is skipped (the report reads whole tables).
CREATE FUNCTION passage_protect_by_parent(tbl regclass, fk_column text, parent regclass) RETURNS void LANGUAGE sql AS
  $$ SELECT passage_protect(tbl, format('passage_scope_is_all() OR EXISTS (SELECT 1 FROM %s p WHERE p.id = %s.%I)', parent, tbl, fk_column)) $$;

SELECT passage_protect_by_office('beneficiaries');
SELECT passage_protect_by_office('cases');
SELECT passage_protect_by_office('reintegration_plans');
SELECT passage_protect_by_parent('case_status_changes', 'case_id', 'cases');
SELECT passage_protect_by_parent('services', 'case_id', 'cases');
SELECT passage_protect_by_parent('inbox_messages', 'case_id', 'cases');
SELECT passage_protect_by_parent('monitoring_visits', 'case_id', 'cases');
SELECT passage_protect_by_parent('sustainability_surveys', 'case_id', 'cases');
SELECT passage_protect_by_parent('plan_items', 'plan_id', 'reintegration_plans');
SELECT passage_protect_by_parent('plan_decisions', 'plan_id', 'reintegration_plans');
SELECT passage_protect_by_parent('sustainability_answers', 'survey_id', 'sustainability_surveys');

-- A reintegration case names the AVR case that returned the person, which may belong to
-- another office: answer only whether such an AVR case exists, and its id.
CREATE FUNCTION passage_avr_case_id(case_ref text) RETURNS uuid LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = public SET passage.scope = 'all' AS
  $$ SELECT id FROM cases WHERE ref = case_ref AND kind = 'AVR' $$;
REVOKE ALL ON FUNCTION passage_avr_case_id(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passage_avr_case_id(text) TO passage_app;
REVOKE ALL ON FUNCTION passage_protect(regclass, text), passage_protect_by_office(regclass),
  passage_protect_by_parent(regclass, text, regclass) FROM PUBLIC;

-- Under RLS a filter that is not leakproof (LIKE) may not be used as an index condition,
-- so the case list's text search can no longer start from the trigram indexes: it reads
-- the office's rows instead. These covering indexes let it do so from the index alone,
-- with the accent-folded name stored rather than recomputed for every row.
ALTER TABLE beneficiaries ADD COLUMN search_name text
  GENERATED ALWAYS AS (search_text(given_name || ' ' || family_name)) STORED;
CREATE INDEX beneficiaries_office_search_idx ON beneficiaries (office_id) INCLUDE (id, search_name);
CREATE INDEX cases_office_search_idx ON cases (office_id) INCLUDE (id, ref);

-- Installations that ran pg-boss as the owner have its schema already: hand it to the app's
-- role, which runs pg-boss from now on (it adds a partition per new queue, so it must own it).
DO $$
DECLARE
  object record;
BEGIN
  IF NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'pgboss') THEN RETURN; END IF;
  ALTER SCHEMA pgboss OWNER TO passage_app;
  FOR object IN SELECT c.oid::regclass AS name FROM pg_class c
      WHERE c.relnamespace = 'pgboss'::regnamespace AND c.relkind IN ('r', 'p', 'v') LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO passage_app', object.name);
  END LOOP;
  FOR object IN SELECT p.oid::regprocedure AS name FROM pg_proc p WHERE p.pronamespace = 'pgboss'::regnamespace LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO passage_app', object.name);
  END LOOP;
  FOR object IN SELECT t.oid::regtype AS name FROM pg_type t
      WHERE t.typnamespace = 'pgboss'::regnamespace AND t.typtype = 'e' LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO passage_app', object.name);
  END LOOP;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO passage_app;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pgboss could not be handed to passage_app: as a superuser, ALTER its schema, tables, functions and types OWNER TO passage_app';
END $$;
