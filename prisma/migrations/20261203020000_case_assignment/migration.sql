-- The case list filters by holder within the office ("my cases", "unassigned", a colleague's),
-- in its default order.
CREATE INDEX "cases_office_id_assigned_to_id_opened_on_ref_idx"
  ON "cases" ("office_id", "assigned_to_id", "opened_on", "ref");

-- A batch of cases given to a new holder is one notice in their inbox: the cases' references
-- and nothing else about them (the notice names who made the change, as subject_user_id).
ALTER TYPE "InboxKind" ADD VALUE 'CASES_ASSIGNED';
ALTER TABLE "inbox_messages" ADD COLUMN "case_refs" TEXT[] DEFAULT ARRAY[]::TEXT[];
