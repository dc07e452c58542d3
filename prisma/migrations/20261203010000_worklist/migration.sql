-- The caseworker's worklist (lib/worklist): dated follow-ups a caseworker sets on a case,
-- the office's settings for what falls due, the notice that tells the other supervisors a
-- plan waits for their second approval, and an index for "my open cases".

-- Follow-ups: personal data (a case's reminder text), behind the case's office policy.
CREATE TABLE "case_follow_ups" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "done_at" TIMESTAMPTZ(3),
    "done_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_follow_ups_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "case_follow_ups_created_by_id_done_at_due_on_idx" ON "case_follow_ups"("created_by_id", "done_at", "due_on");
CREATE INDEX "case_follow_ups_case_id_due_on_idx" ON "case_follow_ups"("case_id", "due_on");

ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_done_by_id_fkey" FOREIGN KEY ("done_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_text_length"
  CHECK (length(trim("text")) BETWEEN 1 AND 200);
-- Done exactly when someone marked it done.
ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_done_by"
  CHECK (("done_at" IS NULL) = ("done_by_id" IS NULL));

SELECT passage_protect_by_parent('case_follow_ups', 'case_id', 'cases');

-- What falls due, per office (an admin changes them on /admin/offices).
ALTER TABLE "offices" ADD COLUMN "monitoring_months" INTEGER[] DEFAULT ARRAY[3, 6, 12]::INTEGER[],
ADD COLUMN "survey_months" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN "inactivity_days" INTEGER NOT NULL DEFAULT 30;

ALTER TABLE "offices" ADD CONSTRAINT "offices_worklist_settings"
  CHECK ("survey_months" BETWEEN 1 AND 60 AND "inactivity_days" BETWEEN 1 AND 365
    AND ("monitoring_months" IS NULL OR (cardinality("monitoring_months") <= 12
      AND 1 <= ALL ("monitoring_months") AND 60 >= ALL ("monitoring_months"))));

-- A first approval tells the office's other supervisors that a plan waits for them.
ALTER TYPE "InboxKind" ADD VALUE 'PLAN_NEEDS_SECOND_APPROVAL';

-- "My open cases": the assignee, or the case's author while nobody is assigned. Partial,
-- so closed cases (most of an office's history) cost nothing.
CREATE INDEX "cases_worklist_owner_idx" ON "cases" ("office_id", (COALESCE("assigned_to_id", "created_by_id")), "kind")
  WHERE "status" <> 'CLOSED';
