-- A reintegration case may cite an AVR case of another office, but the lookup told any
-- office whether any AVR reference existed (references are sequential). Now an AVR case is
-- found only when it belongs to the citing office, returned the person to that office's
-- host country, or is the one the case already cites; anything else reads as missing.
-- One indexed lookup either way, so the answer takes the same path.
DROP FUNCTION passage_avr_case_id(text);
CREATE FUNCTION passage_avr_case_id(case_ref text, citing_office uuid, linked uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET passage.scope = 'all' AS
  $$ SELECT c.id FROM cases c JOIN offices o ON o.id = citing_office
     WHERE c.ref = case_ref AND c.kind = 'AVR'
       AND (c.office_id = citing_office OR c.return_country = o.host_country
            OR c.id IS NOT DISTINCT FROM linked) $$;
REVOKE ALL ON FUNCTION passage_avr_case_id(text, uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passage_avr_case_id(text, uuid, uuid) TO passage_app;
