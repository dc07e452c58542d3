-- A large load into an empty or near-empty database (the import, the 2012 demo) spends most
-- of its time maintaining secondary indexes row by row and recomputing the report summaries
-- batch by batch. passage_bulk_load_begin(incoming) decides, in the load's transaction:
-- when the tables hold fewer rows than the load brings (and it brings at least 10,000), it
-- drops the non-unique secondary indexes of beneficiaries, cases and services and switches
-- the summary triggers off; passage_bulk_load_end() rebuilds the indexes (one sort each)
-- and the summaries (one pass), then switches the triggers back on. Both are DDL inside
-- the load's transaction: a failed load rolls them back with its rows. The tables stay
-- locked against other writers and readers until the load commits, which only a load into
-- a (near-)empty database can afford. Owner's functions: the app's role may only call them.
CREATE FUNCTION passage_bulk_load_begin(incoming bigint) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET passage.scope = 'all' AS $$
DECLARE
  present bigint;
  secondary record;
BEGIN
  IF incoming < 10000 THEN RETURN false; END IF;
  SELECT (SELECT count(*) FROM (SELECT 1 FROM beneficiaries LIMIT incoming) b)
       + (SELECT count(*) FROM (SELECT 1 FROM cases LIMIT incoming) c)
       + (SELECT count(*) FROM (SELECT 1 FROM services LIMIT incoming) s) INTO present;
  IF present >= incoming THEN RETURN false; END IF;
  -- The dropped definitions, for passage_bulk_load_end() in the same transaction.
  CREATE TEMP TABLE passage_bulk_load_indexes (definition text NOT NULL) ON COMMIT DROP;
  FOR secondary IN SELECT i.relname AS index_name, pg_get_indexdef(x.indexrelid) AS definition
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid IN ('beneficiaries'::regclass, 'cases'::regclass, 'services'::regclass)
       AND NOT x.indisunique AND NOT x.indisprimary LOOP
    INSERT INTO pg_temp.passage_bulk_load_indexes VALUES (secondary.definition);
    EXECUTE format('DROP INDEX %I', secondary.index_name);
  END LOOP;
  ALTER TABLE services DISABLE TRIGGER report_services_insert;
  ALTER TABLE cases DISABLE TRIGGER report_cases_insert;
  RETURN true;
END $$;

CREATE FUNCTION passage_bulk_load_end() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET passage.scope = 'all' AS $$
DECLARE
  secondary record;
BEGIN
  FOR secondary IN SELECT definition FROM pg_temp.passage_bulk_load_indexes LOOP
    EXECUTE secondary.definition;
  END LOOP;
  DROP TABLE pg_temp.passage_bulk_load_indexes;
  ALTER TABLE services ENABLE TRIGGER report_services_insert;
  ALTER TABLE cases ENABLE TRIGGER report_cases_insert;
  PERFORM report_rebuild();
END $$;

REVOKE ALL ON FUNCTION passage_bulk_load_begin(bigint), passage_bulk_load_end() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passage_bulk_load_begin(bigint), passage_bulk_load_end() TO passage_app, passage_system;
