-- Office scoping the planner understands. Until now one policy served both scopes: the
-- office was a range (one office, or every uuid in system scope), which the planner
-- estimates with a default selectivity (483 rows expected where 10,014 came back) and then
-- picks plans for a tiny office. Now the app's role sees exactly `office_id = <its office>`,
-- a plain equality the planner merges with the query's own office filter, and system scope
-- (the report, imports, exports, seeds, jobs, hand-over, anonymisation) is a role of its
-- own, passage_system, which the app's role may switch to (SET LOCAL ROLE, lib/db-context)
-- but does not inherit: its policies never apply to passage_app's own queries.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passage_system') THEN
    CREATE ROLE passage_system NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT passage_system TO passage_app WITH INHERIT FALSE, SET TRUE;
-- An installation whose app connects as the owner (only DATABASE_URL set) switches the same way.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT passage_system TO %I WITH INHERIT FALSE, SET TRUE', current_user);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grant passage_system to the owner WITH INHERIT FALSE, SET TRUE (see SECURITY.md)';
END $$;

-- passage_system may do what passage_app may, table by table and function by function,
-- now and in later migrations (the audit log stays append-only, the summaries read-only).
DO $$
DECLARE
  grant_row record;
BEGIN
  FOR grant_row IN SELECT table_schema, table_name, string_agg(privilege_type, ', ') AS privileges
      FROM information_schema.role_table_grants
      WHERE grantee = 'passage_app' AND table_schema = 'public'
      GROUP BY table_schema, table_name LOOP
    EXECUTE format('GRANT %s ON %I.%I TO passage_system', grant_row.privileges,
      grant_row.table_schema, grant_row.table_name);
  END LOOP;
  FOR grant_row IN SELECT p.oid::regprocedure AS routine FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND has_function_privilege('passage_app', p.oid, 'EXECUTE')
        AND NOT has_function_privilege('public', p.oid, 'EXECUTE') LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO passage_system', grant_row.routine);
  END LOOP;
END $$;
GRANT USAGE ON SCHEMA public TO passage_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO passage_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO passage_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO passage_system;

CREATE FUNCTION passage_office_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('passage.office_id', true), '')::uuid $$;

-- Three policies per protected table, permissive, so a role sees the rows any policy that
-- applies to it allows: every role sees what visible_when allows (an empty office setting
-- matches nothing: fail closed), which is all passage_app gets; passage_system sees every
-- row; the tables' owner, which runs the report's SECURITY DEFINER functions, sees every
-- row in system scope (those functions set it), as before.
CREATE OR REPLACE FUNCTION passage_protect(tbl regclass, visible_when text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  owner_name name := (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = tbl);
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS passage_scope ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS passage_system_scope ON %s', tbl);
  EXECUTE format('DROP POLICY IF EXISTS passage_owner_scope ON %s', tbl);
  EXECUTE format('CREATE POLICY passage_scope ON %s USING (%s)', tbl, visible_when);
  EXECUTE format('CREATE POLICY passage_system_scope ON %s TO passage_system USING (true)', tbl);
  EXECUTE format('CREATE POLICY passage_owner_scope ON %s TO %I USING (passage_scope_is_all())', tbl, owner_name);
END $$;
CREATE OR REPLACE FUNCTION passage_protect_by_office(tbl regclass) RETURNS void LANGUAGE sql AS
  $$ SELECT passage_protect(tbl, 'office_id = passage_office_id()') $$;
CREATE OR REPLACE FUNCTION passage_protect_by_parent(tbl regclass, fk_column text, parent regclass) RETURNS void LANGUAGE sql AS
  $$ SELECT passage_protect(tbl, format('EXISTS (SELECT 1 FROM %s p WHERE p.id = %s.%I)', parent, tbl, fk_column)) $$;
REVOKE ALL ON FUNCTION passage_protect(regclass, text), passage_protect_by_office(regclass),
  passage_protect_by_parent(regclass, text, regclass) FROM PUBLIC;

-- Rewrite every table protected so far: the office range becomes the equality, and the
-- "system scope or …" prefix of the child tables' policies goes (passage_system has its own).
DO $$
DECLARE
  protected record;
  visible_when text;
BEGIN
  FOR protected IN SELECT pol.polrelid::regclass AS tbl, pg_get_expr(pol.polqual, pol.polrelid) AS qual
      FROM pg_policy pol WHERE pol.polname = 'passage_scope' LOOP
    visible_when := replace(protected.qual,
      '((office_id >= passage_office_low()) AND (office_id <= passage_office_high()))',
      '(office_id = passage_office_id())');
    visible_when := regexp_replace(visible_when, '^\(passage_scope_is_all\(\) OR (.*)\)$', '\1');
    IF visible_when LIKE '%passage_office_low%' OR visible_when LIKE '%passage_scope_is_all%' THEN
      RAISE EXCEPTION 'policy passage_scope on % has an unexpected form: %', protected.tbl, protected.qual;
    END IF;
    PERFORM passage_protect(protected.tbl, visible_when);
  END LOOP;
END $$;

DROP FUNCTION passage_office_low();
DROP FUNCTION passage_office_high();
