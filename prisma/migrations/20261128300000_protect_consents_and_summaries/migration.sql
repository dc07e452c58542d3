-- Tables added beside row-level security: consents and the report summaries hold personal
-- data, so they get the same fail-closed office policy.
SELECT passage_protect_by_office('case_consents');
SELECT passage_protect_by_office('report_beneficiary_years');
SELECT passage_protect_by_office('report_vot_cases');

-- Only the summary functions write the summaries, and they must see every office's rows
-- of a person whatever the writer may read: they run in system scope, restored on return
-- (a function's SET clause), and the app's role may only read the result.
REVOKE INSERT, UPDATE, DELETE ON report_beneficiary_years, report_vot_cases FROM passage_app;
ALTER FUNCTION report_refresh(uuid[]) SET passage.scope = 'all';
ALTER FUNCTION report_rebuild() SET passage.scope = 'all';
ALTER FUNCTION report_services_changed() SET passage.scope = 'all';
ALTER FUNCTION report_cases_changed() SET passage.scope = 'all';
ALTER FUNCTION report_beneficiaries_changed() SET passage.scope = 'all';
ALTER FUNCTION report_source_truncated() SET passage.scope = 'all';

-- After a hand-over, a person whose other cases stay behind keeps their record at the
-- sending office: the receiving office sees it through the case it now holds.
SELECT passage_protect('beneficiaries',
  'office_id BETWEEN passage_office_low() AND passage_office_high() OR EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_id = beneficiaries.id)');
