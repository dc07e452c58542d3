-- Two records of the same person can be merged (lib/beneficiaries/merge-beneficiaries.ts).
-- The merged record stays as a tombstone that names the record it was merged into, so old
-- links, audit entries and anything else that cites its id still lead somewhere.
ALTER TABLE "beneficiaries" ADD COLUMN "merged_into_id" UUID;
ALTER TABLE "beneficiaries" ADD COLUMN "merged_at" TIMESTAMPTZ(3);
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_merged_into_id_fkey"
  FOREIGN KEY ("merged_into_id") REFERENCES "beneficiaries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "beneficiaries_merged_into_id_idx" ON "beneficiaries"("merged_into_id");
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_merged_not_self" CHECK ("merged_into_id" <> "id");
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_merged_with_date"
  CHECK (("merged_into_id" IS NULL) = ("merged_at" IS NULL));

-- Moves every case of a record to the record it is merged into, in whichever office the case
-- now is (a handed-over case belongs to another office, which the acting office cannot
-- update under row-level security). Both records must be live records of the acting office;
-- otherwise nothing happens and the answer is NULL, as for records that do not exist. A case
-- on legal hold is evidence: when the merged record has one, nothing moves and the answer is
-- -1. Each moved case gets an audit entry in its own office. The report triggers on `cases`
-- recompute both people's summaries (report_summaries).
CREATE FUNCTION passage_move_merged_cases(merged uuid, survivor uuid) RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET passage.scope = 'all' AS $$
DECLARE
  acting_office uuid := nullif(current_setting('passage.office_id', true), '')::uuid;
  acting_user uuid := nullif(current_setting('passage.user_id', true), '')::uuid;
  moved integer;
BEGIN
  IF acting_office IS NULL OR merged IS NULL OR survivor IS NULL OR merged = survivor THEN
    RETURN NULL;
  END IF;
  -- FOR UPDATE waits for a case being opened for either record (its foreign key holds a
  -- KEY SHARE lock), so that case moves too; taken in id order, so that two merges of the
  -- same records wait for each other instead of deadlocking, and the second finds a tombstone.
  IF (SELECT count(*) FROM (SELECT 1 FROM beneficiaries
        WHERE id IN (merged, survivor) AND office_id = acting_office AND merged_into_id IS NULL
        ORDER BY id FOR UPDATE) live) <> 2 THEN
    RETURN NULL;
  END IF;
  IF EXISTS (SELECT 1 FROM cases WHERE beneficiary_id = merged AND legal_hold_since IS NOT NULL) THEN
    RETURN -1;
  END IF;
  WITH moved_cases AS (
    UPDATE cases SET beneficiary_id = survivor, updated_at = clock_timestamp()
    WHERE beneficiary_id = merged RETURNING id, office_id
  ), audited AS (
    INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, office_id, changed_fields)
    SELECT acting_user, 'case.beneficiary-merged', 'case', id::text, office_id, ARRAY['beneficiaryId']
    FROM moved_cases ORDER BY id
    RETURNING 1
  )
  SELECT count(*) INTO moved FROM audited;
  RETURN moved;
END;
$$;
REVOKE ALL ON FUNCTION passage_move_merged_cases(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION passage_move_merged_cases(uuid, uuid) TO passage_app;
