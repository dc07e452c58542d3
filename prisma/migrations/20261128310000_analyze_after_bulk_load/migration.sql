-- Bulk loads (the 2012 demo seed) run as the app's role, which may not ANALYZE tables it
-- does not own. Without fresh statistics the annual report, planned for empty summary
-- tables, takes minutes instead of a second until autovacuum gets there.
CREATE FUNCTION passage_analyze_after_bulk_load() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  ANALYZE offices, projects, beneficiaries, cases, services, report_beneficiary_years, report_vot_cases;
END;
$$;
REVOKE ALL ON FUNCTION passage_analyze_after_bulk_load() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passage_analyze_after_bulk_load() TO passage_app;
