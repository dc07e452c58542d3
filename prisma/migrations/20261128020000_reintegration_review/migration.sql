-- Reintegration review: plans and their decisions, the in-app inbox, monitoring visits and
-- the sustainability survey, plus each office's second-approval threshold.

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'AWAITING_SECOND_APPROVAL', 'RETURNED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "PlanDecisionKind" AS ENUM ('FIRST_APPROVAL', 'APPROVE', 'RETURN', 'REJECT');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('CASH', 'IN_KIND');

-- CreateEnum
CREATE TYPE "InboxKind" AS ENUM ('PLAN_RETURNED', 'PLAN_REJECTED', 'PLAN_APPROVED', 'PLAN_AWAITING_SECOND_APPROVAL');

-- CreateEnum
CREATE TYPE "SustainabilityDimension" AS ENUM ('ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL');


-- A plan whose total exceeds this needs a second approval, by a different supervisor.
ALTER TABLE "offices" ADD COLUMN "second_approval_minor" INTEGER, ADD COLUMN "second_approval_currency" CHAR(3);

-- CreateTable
CREATE TABLE "reintegration_plans" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "currency" CHAR(3) NOT NULL,
    "total_minor" INTEGER NOT NULL DEFAULT 0,
    "drafted_by_id" UUID NOT NULL,
    "last_edited_by_id" UUID NOT NULL,
    "first_approved_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reintegration_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_items" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "ServiceType" NOT NULL,
    "description" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "amount_minor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "planned_on" DATE NOT NULL,
    "service_id" UUID,

    CONSTRAINT "plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_decisions" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "decided_by_id" UUID NOT NULL,
    "decision" "PlanDecisionKind" NOT NULL,
    "comment" TEXT,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox_messages" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "plan_id" UUID,
    "kind" "InboxKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "inbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monitoring_visits" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "visited_on" DATE NOT NULL,
    "visited_by_id" UUID NOT NULL,
    "note" TEXT,
    "next_visit_due" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "monitoring_visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sustainability_indicators" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "dimension" "SustainabilityDimension" NOT NULL,
    "position" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "scale_max" INTEGER NOT NULL,
    "is_reversed" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "sustainability_indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sustainability_dimension_weights" (
    "dimension" "SustainabilityDimension" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sustainability_dimension_weights_pkey" PRIMARY KEY ("dimension")
);

-- CreateTable
CREATE TABLE "sustainability_surveys" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "surveyed_on" DATE NOT NULL,
    "surveyed_by_id" UUID NOT NULL,
    "economic_score" DOUBLE PRECISION,
    "social_score" DOUBLE PRECISION,
    "psychosocial_score" DOUBLE PRECISION,
    "composite_score" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sustainability_surveys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sustainability_answers" (
    "survey_id" UUID NOT NULL,
    "indicator_id" UUID NOT NULL,
    "answer" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "sustainability_answers_pkey" PRIMARY KEY ("survey_id","indicator_id")
);
-- CreateIndex
CREATE INDEX "reintegration_plans_case_id_idx" ON "reintegration_plans"("case_id");

-- CreateIndex
CREATE INDEX "reintegration_plans_office_id_status_submitted_at_idx" ON "reintegration_plans"("office_id", "status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "reintegration_plans_id_currency_key" ON "reintegration_plans"("id", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "plan_items_service_id_key" ON "plan_items"("service_id");

-- CreateIndex
CREATE UNIQUE INDEX "plan_items_plan_id_position_key" ON "plan_items"("plan_id", "position");

-- CreateIndex
CREATE INDEX "plan_decisions_plan_id_decided_at_idx" ON "plan_decisions"("plan_id", "decided_at");

-- CreateIndex
CREATE INDEX "inbox_messages_user_id_created_at_idx" ON "inbox_messages"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "monitoring_visits_case_id_visited_on_idx" ON "monitoring_visits"("case_id", "visited_on");

-- CreateIndex
CREATE UNIQUE INDEX "sustainability_indicators_code_key" ON "sustainability_indicators"("code");

-- CreateIndex
CREATE INDEX "sustainability_surveys_case_id_surveyed_on_idx" ON "sustainability_surveys"("case_id", "surveyed_on");
-- AddForeignKey
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_drafted_by_id_fkey" FOREIGN KEY ("drafted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_currency_fkey" FOREIGN KEY ("plan_id", "currency") REFERENCES "reintegration_plans"("id", "currency") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reintegration_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "reintegration_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_visited_by_id_fkey" FOREIGN KEY ("visited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_surveyed_by_id_fkey" FOREIGN KEY ("surveyed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sustainability_answers" ADD CONSTRAINT "sustainability_answers_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "sustainability_surveys"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sustainability_answers" ADD CONSTRAINT "sustainability_answers_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "sustainability_indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Checks the application relies on, decided by the database.
ALTER TABLE "offices" ADD CONSTRAINT "offices_second_approval_complete"
  CHECK (("second_approval_minor" IS NULL) = ("second_approval_currency" IS NULL));
ALTER TABLE "offices" ADD CONSTRAINT "offices_second_approval_not_negative"
  CHECK ("second_approval_minor" IS NULL OR "second_approval_minor" >= 0);
ALTER TABLE "offices" ADD CONSTRAINT "offices_second_approval_currency_iso"
  CHECK ("second_approval_currency" IS NULL OR "second_approval_currency" ~ '^[A-Z]{3}$');

ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_version_positive" CHECK ("version" >= 1);
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_total_not_negative" CHECK ("total_minor" >= 0);
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_submitted_dated"
  CHECK ("status" IN ('DRAFT') OR "submitted_at" IS NOT NULL);
ALTER TABLE "reintegration_plans" ADD CONSTRAINT "reintegration_plans_first_approval_recorded"
  CHECK ("status" <> 'AWAITING_SECOND_APPROVAL' OR "first_approved_by_id" IS NOT NULL);
-- One live plan per case: a rejected plan may be followed by a new one.
CREATE UNIQUE INDEX "reintegration_plans_one_live_per_case" ON "reintegration_plans" ("case_id") WHERE "status" <> 'REJECTED';

ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_reintegration_type"
  CHECK ("type" IN ('EMPLOYMENT', 'INCOME_GENERATION', 'EDUCATION', 'VOCATIONAL_TRAINING', 'SMALL_BUSINESS', 'ACCESS_TO_SERVICES'));
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_amount_not_negative" CHECK ("amount_minor" >= 0);
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_description_not_blank" CHECK (length(trim("description")) > 0);
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_position_positive" CHECK ("position" >= 1);

ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_comment_when_not_approving"
  CHECK ("decision" IN ('APPROVE', 'FIRST_APPROVAL') OR length(trim(coalesce("comment", ''))) > 0);

ALTER TABLE "monitoring_visits" ADD CONSTRAINT "monitoring_visits_next_after_visit"
  CHECK ("next_visit_due" IS NULL OR "next_visit_due" >= "visited_on");
CREATE INDEX "monitoring_visits_next_visit_due_idx" ON "monitoring_visits" ("next_visit_due");

ALTER TABLE "sustainability_indicators" ADD CONSTRAINT "sustainability_indicators_weight_not_negative" CHECK ("weight" >= 0 AND "weight" <= 100);
ALTER TABLE "sustainability_indicators" ADD CONSTRAINT "sustainability_indicators_scale" CHECK ("scale_max" BETWEEN 2 AND 10);
ALTER TABLE "sustainability_dimension_weights" ADD CONSTRAINT "sustainability_dimension_weights_range" CHECK ("weight" >= 0 AND "weight" <= 100);
ALTER TABLE "sustainability_answers" ADD CONSTRAINT "sustainability_answers_from_one" CHECK ("answer" >= 1);
ALTER TABLE "sustainability_answers" ADD CONSTRAINT "sustainability_answers_weight_not_negative" CHECK ("weight" >= 0);
ALTER TABLE "sustainability_surveys" ADD CONSTRAINT "sustainability_surveys_scores_in_range" CHECK (
  ("economic_score" IS NULL OR "economic_score" BETWEEN 0 AND 1)
  AND ("social_score" IS NULL OR "social_score" BETWEEN 0 AND 1)
  AND ("psychosocial_score" IS NULL OR "psychosocial_score" BETWEEN 0 AND 1)
  AND "composite_score" BETWEEN 0 AND 1);

-- The default survey: a starting point modelled on IOM's reintegration sustainability
-- survey (15 indicators over three dimensions), NOT IOM's official scoring. Admins change
-- weights and activation; answers run from 1 to scale_max, reversed where higher is worse.
INSERT INTO "sustainability_dimension_weights" ("dimension", "weight") VALUES
  ('ECONOMIC', 1), ('SOCIAL', 1), ('PSYCHOSOCIAL', 1);

INSERT INTO "sustainability_indicators" ("id", "code", "dimension", "position", "question", "weight", "scale_max", "is_reversed") VALUES
  (gen_random_uuid(), 'ECON_SATISFACTION', 'ECONOMIC', 1, 'How satisfied are you with your current economic situation? (1 very dissatisfied – 5 very satisfied)', 1, 5, false),
  (gen_random_uuid(), 'ECON_FOOD_CUTS', 'ECONOMIC', 2, 'How often did you reduce the quantity or quality of food because of its cost? (1 never – 5 very often)', 1, 5, true),
  (gen_random_uuid(), 'ECON_WORK', 'ECONOMIC', 3, 'Do you have work or another regular source of income? (1 none – 3 regular)', 1, 3, false),
  (gen_random_uuid(), 'ECON_DEBT', 'ECONOMIC', 4, 'How large are your debts compared with a month''s spending? (1 none – 5 much larger)', 1, 5, true),
  (gen_random_uuid(), 'ECON_BORROWING', 'ECONOMIC', 5, 'Could you borrow money if you needed it? (1 no – 3 easily)', 1, 3, false),
  (gen_random_uuid(), 'SOC_HOUSING', 'SOCIAL', 6, 'How would you rate your housing? (1 very poor – 5 very good)', 1, 5, false),
  (gen_random_uuid(), 'SOC_EDUCATION', 'SOCIAL', 7, 'Can the children in your household attend school? (1 none – 3 all)', 1, 3, false),
  (gen_random_uuid(), 'SOC_HEALTH', 'SOCIAL', 8, 'How would you rate your access to health care? (1 very poor – 5 very good)', 1, 5, false),
  (gen_random_uuid(), 'SOC_DOCUMENTS', 'SOCIAL', 9, 'Do you have the identity documents you need? (1 none – 3 all)', 1, 3, false),
  (gen_random_uuid(), 'SOC_SERVICES', 'SOCIAL', 10, 'How would you rate your access to water, electricity and justice? (1 very poor – 5 very good)', 1, 5, false),
  (gen_random_uuid(), 'PSY_SUPPORT', 'PSYCHOSOCIAL', 11, 'Do you have people you can rely on for support? (1 nobody – 5 many)', 1, 5, false),
  (gen_random_uuid(), 'PSY_PARTICIPATION', 'PSYCHOSOCIAL', 12, 'How often do you take part in community activities? (1 never – 5 very often)', 1, 5, false),
  (gen_random_uuid(), 'PSY_DISCRIMINATION', 'PSYCHOSOCIAL', 13, 'How often do you feel discriminated against where you live? (1 never – 5 very often)', 1, 5, true),
  (gen_random_uuid(), 'PSY_DISTRESS', 'PSYCHOSOCIAL', 14, 'How often do you feel anxious, sad or unable to cope? (1 never – 5 very often)', 1, 5, true),
  (gen_random_uuid(), 'PSY_REMIGRATION', 'PSYCHOSOCIAL', 15, 'How strongly do you feel you must leave the country again? (1 not at all – 5 very strongly)', 1, 5, true);
