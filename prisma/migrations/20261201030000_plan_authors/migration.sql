-- Four-eyes: everyone who ever saved a plan's items, not only its drafter and last editor.
-- A supervisor who amended the items and whose edit a caseworker later re-saved unchanged
-- is still an author and may not approve the plan.
CREATE TABLE "plan_authors" (
    "plan_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,

    CONSTRAINT "plan_authors_pkey" PRIMARY KEY ("plan_id", "user_id")
);

ALTER TABLE "plan_authors" ADD CONSTRAINT "plan_authors_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reintegration_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "plan_authors" ADD CONSTRAINT "plan_authors_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

SELECT passage_protect_by_parent('plan_authors', 'plan_id', 'reintegration_plans');

-- Existing plans: the drafter, the last editor, and whoever the audit log shows saving the
-- plan's case since the plan was created (a plan save is audited on its case).
INSERT INTO "plan_authors" ("plan_id", "user_id")
SELECT "id", "drafted_by_id" FROM "reintegration_plans"
UNION
SELECT "id", "last_edited_by_id" FROM "reintegration_plans"
UNION
SELECT p."id", a."actor_id"
FROM "reintegration_plans" p
JOIN "audit_entries" a
  ON a."entity_type" = 'case' AND a."entity_id" = p."case_id"::text
 AND a."action" IN ('plan.create', 'plan.update') AND a."at" >= p."created_at"
WHERE a."actor_id" IS NOT NULL AND EXISTS (SELECT 1 FROM "users" u WHERE u."id" = a."actor_id");
