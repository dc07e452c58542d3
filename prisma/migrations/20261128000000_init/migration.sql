-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CASEWORKER', 'SUPERVISOR', 'HQ', 'ADMIN');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('M', 'F', 'X', 'U');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('AVR', 'REINTEGRATION', 'VOT');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'COUNSELLING', 'APPROVED_FOR_RETURN', 'DEPARTED', 'IDENTIFIED', 'ASSISTING', 'ASSESSMENT', 'PLANNING', 'MONITORING', 'CLOSED');

-- CreateEnum
CREATE TYPE "MigrantCategory" AS ENUM ('FAILED_ASYLUM_SEEKER', 'VISA_OVERSTAYER', 'IRREGULAR_STRANDED', 'OTHER');

-- CreateEnum
CREATE TYPE "ExploitationType" AS ENUM ('FORCED_LABOUR', 'SEXUAL', 'FORCED_BEGGING', 'FORCED_MARRIAGE', 'ORGAN_REMOVAL', 'FORCED_CRIMINALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "LabourSector" AS ENUM ('AGRICULTURE', 'CONSTRUCTION', 'DOMESTIC_WORK', 'MANUFACTURING', 'FISHING', 'HOSPITALITY', 'OTHER');

-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('COUNSELLING', 'RETURN_TRAVEL', 'EMPLOYMENT', 'INCOME_GENERATION', 'EDUCATION', 'VOCATIONAL_TRAINING', 'SMALL_BUSINESS', 'ACCESS_TO_SERVICES', 'SHELTER', 'MEDICAL', 'PSYCHOSOCIAL', 'LEGAL', 'TRANSPORT');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "offices" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "host_country" CHAR(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "office_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "office_id" UUID,
    "password_hash" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "auth_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "throttle_counters" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "throttle_counters_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "beneficiaries" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "office_id" UUID NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birth_date" DATE,
    "is_birth_date_estimated" BOOLEAN NOT NULL DEFAULT false,
    "nationality" CHAR(3),
    "phone" TEXT,
    "contact_email" TEXT,
    "address" TEXT,
    "has_consent" BOOLEAN NOT NULL DEFAULT false,
    "consent_date" DATE,
    "consent_purpose" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "beneficiaries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "kind" "CaseKind" NOT NULL,
    "office_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID,
    "assigned_to_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "migrant_category" "MigrantCategory",
    "return_country" CHAR(3),
    "planned_departure_on" DATE,
    "actual_departure_on" DATE,
    "travel_details" TEXT,
    "origin_country" CHAR(3),
    "avr_case_id" UUID,
    "needs_assessment" TEXT,
    "identified_on" DATE,
    "identified_by" TEXT,
    "exploitation_types" "ExploitationType"[],
    "labour_sector" "LabourSector",
    "exploitation_country" CHAR(3),
    "risk_level" "RiskLevel",

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_status_changes" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "reason" TEXT,
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "services" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "type" "ServiceType" NOT NULL,
    "delivered_on" DATE NOT NULL,
    "provider" TEXT,
    "amount_minor" INTEGER,
    "currency" CHAR(3),
    "note" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "office_id" UUID,
    "changed_fields" TEXT[],

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "offices_code_key" ON "offices"("code");

-- CreateIndex
CREATE INDEX "offices_host_country_idx" ON "offices"("host_country");

-- CreateIndex
CREATE UNIQUE INDEX "projects_code_key" ON "projects"("code");

-- CreateIndex
CREATE INDEX "projects_office_id_idx" ON "projects"("office_id");

-- CreateIndex
CREATE INDEX "projects_start_date_end_date_idx" ON "projects"("start_date", "end_date");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_office_id_idx" ON "users"("office_id");

-- CreateIndex
CREATE INDEX "auth_sessions_user_id_idx" ON "auth_sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "beneficiaries_ref_key" ON "beneficiaries"("ref");

-- CreateIndex
CREATE INDEX "beneficiaries_office_id_family_name_idx" ON "beneficiaries"("office_id", "family_name");

-- CreateIndex
CREATE INDEX "beneficiaries_nationality_idx" ON "beneficiaries"("nationality");

-- CreateIndex
CREATE UNIQUE INDEX "cases_ref_key" ON "cases"("ref");

-- CreateIndex
CREATE INDEX "cases_office_id_status_opened_on_idx" ON "cases"("office_id", "status", "opened_on");

-- CreateIndex
CREATE INDEX "cases_office_id_kind_opened_on_idx" ON "cases"("office_id", "kind", "opened_on");

-- CreateIndex
CREATE INDEX "cases_beneficiary_id_idx" ON "cases"("beneficiary_id");

-- CreateIndex
CREATE INDEX "cases_project_id_idx" ON "cases"("project_id");

-- CreateIndex
CREATE INDEX "case_status_changes_case_id_changed_at_idx" ON "case_status_changes"("case_id", "changed_at");

-- CreateIndex
CREATE INDEX "services_delivered_on_case_id_idx" ON "services"("delivered_on", "case_id");

-- CreateIndex
CREATE INDEX "services_case_id_delivered_on_idx" ON "services"("case_id", "delivered_on");

-- CreateIndex
CREATE INDEX "audit_entries_entity_type_entity_id_at_idx" ON "audit_entries"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_entries_actor_id_at_idx" ON "audit_entries"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiaries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_avr_case_id_fkey" FOREIGN KEY ("avr_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "services" ADD CONSTRAINT "services_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Constraints Prisma cannot express.
-- ---------------------------------------------------------------------------
ALTER TABLE "offices" ADD CONSTRAINT "offices_host_country_iso3" CHECK ("host_country" ~ '^[A-Z]{3}$');
ALTER TABLE "offices" ADD CONSTRAINT "offices_code_not_blank" CHECK (length(trim("code")) > 0);

ALTER TABLE "projects" ADD CONSTRAINT "projects_end_after_start" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "projects" ADD CONSTRAINT "projects_code_not_blank" CHECK (length(trim("code")) > 0);

ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "users" ADD CONSTRAINT "users_office_for_field_roles"
  CHECK ("role" IN ('HQ', 'ADMIN') OR "office_id" IS NOT NULL);

ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_nationality_iso3" CHECK ("nationality" IS NULL OR "nationality" ~ '^[A-Z]{3}$');
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_consent_dated" CHECK (NOT "has_consent" OR "consent_date" IS NOT NULL);
ALTER TABLE "beneficiaries" ADD CONSTRAINT "beneficiaries_version_positive" CHECK ("version" >= 1);

ALTER TABLE "cases" ADD CONSTRAINT "cases_closed_after_opened" CHECK ("closed_on" IS NULL OR "closed_on" >= "opened_on");
ALTER TABLE "cases" ADD CONSTRAINT "cases_closed_status" CHECK (("status" = 'CLOSED') = ("closed_on" IS NOT NULL));
ALTER TABLE "cases" ADD CONSTRAINT "cases_version_positive" CHECK ("version" >= 1);
ALTER TABLE "cases" ADD CONSTRAINT "cases_country_codes_iso3" CHECK (
  ("return_country" IS NULL OR "return_country" ~ '^[A-Z]{3}$') AND
  ("origin_country" IS NULL OR "origin_country" ~ '^[A-Z]{3}$') AND
  ("exploitation_country" IS NULL OR "exploitation_country" ~ '^[A-Z]{3}$'));
ALTER TABLE "cases" ADD CONSTRAINT "cases_avr_fields" CHECK ("kind" <> 'AVR' OR "migrant_category" IS NOT NULL);
ALTER TABLE "cases" ADD CONSTRAINT "cases_vot_fields" CHECK (
  "kind" <> 'VOT' OR ("identified_on" IS NOT NULL AND cardinality("exploitation_types") >= 1));
ALTER TABLE "cases" ADD CONSTRAINT "cases_labour_sector_needs_forced_labour" CHECK (
  "labour_sector" IS NULL OR 'FORCED_LABOUR' = ANY ("exploitation_types"));
ALTER TABLE "cases" ADD CONSTRAINT "cases_avr_link_only_on_reintegration" CHECK ("avr_case_id" IS NULL OR "kind" = 'REINTEGRATION');

ALTER TABLE "services" ADD CONSTRAINT "services_amount_with_currency" CHECK (("amount_minor" IS NULL) = ("currency" IS NULL));
ALTER TABLE "services" ADD CONSTRAINT "services_amount_not_negative" CHECK ("amount_minor" IS NULL OR "amount_minor" >= 0);
ALTER TABLE "services" ADD CONSTRAINT "services_currency_iso4217" CHECK ("currency" IS NULL OR "currency" ~ '^[A-Z]{3}$');

-- Reports count people assisted in a year from services joined to cases.
CREATE INDEX "cases_kind_beneficiary_idx" ON "cases" ("kind", "beneficiary_id");
CREATE INDEX "cases_exploitation_types_idx" ON "cases" USING GIN ("exploitation_types");

-- ---------------------------------------------------------------------------
-- The audit log is append-only for everyone, enforced by the database.
-- ---------------------------------------------------------------------------
CREATE FUNCTION "audit_entries_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_entries_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION "audit_entries_reject_change"();

CREATE TRIGGER "audit_entries_no_truncate"
  BEFORE TRUNCATE ON "audit_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_reject_change"();
