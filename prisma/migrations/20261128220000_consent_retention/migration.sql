-- Consent per case and purpose, consent-scoped hand-over, retention with legal hold and anonymisation.
CREATE TYPE "ConsentPurpose" AS ENUM ('ASSISTANCE', 'HAND_OVER', 'MONITORING', 'RESEARCH');
CREATE TYPE "ConsentType" AS ENUM ('WRITTEN', 'VERBAL');
CREATE TYPE "ConsentGiver" AS ENUM ('BENEFICIARY', 'GUARDIAN');

ALTER TABLE "beneficiaries" ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);
ALTER TABLE "cases" ADD COLUMN "legal_hold_since" TIMESTAMPTZ(3),
  ADD COLUMN "legal_hold_reason" TEXT,
  ADD COLUMN "anonymised_at" TIMESTAMPTZ(3);

CREATE TABLE "case_consents" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "type" "ConsentType" NOT NULL,
    "given_by" "ConsentGiver" NOT NULL,
    "guardian_name" TEXT,
    "guardian_relationship" TEXT,
    "given_on" DATE NOT NULL,
    "any_office" BOOLEAN NOT NULL DEFAULT false,
    "countries" CHAR(3)[] NOT NULL DEFAULT '{}',
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawn_on" DATE,
    "withdrawal_reason" TEXT,
    "withdrawn_by_id" UUID,

    CONSTRAINT "case_consents_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "case_consents_case_id_purpose_idx" ON "case_consents"("case_id", "purpose");
CREATE INDEX "case_consents_office_id_idx" ON "case_consents"("office_id");
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks the application relies on, decided by the database.
-- The application requires the guardian's name and relationship; anonymisation removes them.
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_guardian_only_for_guardian"
  CHECK ("given_by" = 'GUARDIAN' OR ("guardian_name" IS NULL AND "guardian_relationship" IS NULL));
-- Only a hand-over consent has a scope, and it always has one.
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_scope_for_hand_over"
  CHECK (("purpose" = 'HAND_OVER') = ("any_office" OR cardinality("countries") > 0));
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_scope_countries_iso3"
  CHECK (array_to_string("countries", ',') ~ '^([A-Z]{3}(,[A-Z]{3})*)?$');
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_withdrawal_dated"
  CHECK ("withdrawn_on" IS NOT NULL OR ("withdrawal_reason" IS NULL AND "withdrawn_by_id" IS NULL));
ALTER TABLE "case_consents" ADD CONSTRAINT "case_consents_withdrawn_after_given"
  CHECK ("withdrawn_on" IS NULL OR "withdrawn_on" >= "given_on");
ALTER TABLE "cases" ADD CONSTRAINT "cases_legal_hold_reasoned"
  CHECK (("legal_hold_since" IS NULL) = ("legal_hold_reason" IS NULL));
ALTER TABLE "cases" ADD CONSTRAINT "cases_anonymised_closed" CHECK ("anonymised_at" IS NULL OR "status" = 'CLOSED');

-- The anonymise command's scan: closed cases not yet anonymised, by closing date.
CREATE INDEX "cases_retention_idx" ON "cases"("closed_on") WHERE "closed_on" IS NOT NULL AND "anonymised_at" IS NULL;
