-- Each office's directory of service providers (HTCDS organisation types), and the
-- referrals of its cases to them.
CREATE TYPE "ProviderType" AS ENUM ('NGO', 'LAW_ENFORCEMENT', 'HEALTH_SERVICE_ORGANISATION',
  'CENTRAL_GOVERNMENT_ORGANISATION', 'LOCAL_GOVERNMENT_ORGANISATION', 'IMMIGRATION_SERVICE',
  'LEGAL_SERVICE', 'CORPORATE_BUSINESS');
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'REVOKED');

CREATE TABLE "service_providers" (
    "id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ProviderType" NOT NULL,
    "services" "ServiceType"[] NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "address" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_providers_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "service_providers_office_id_fkey" FOREIGN KEY ("office_id")
      REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_providers_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
    CONSTRAINT "service_providers_offers_a_service" CHECK (cardinality("services") >= 1),
    CONSTRAINT "service_providers_contact_length" CHECK (
      coalesce(char_length("phone"), 0) <= 50 AND coalesce(char_length("email"), 0) <= 200
      AND coalesce(char_length("address"), 0) <= 500)
);
CREATE UNIQUE INDEX "service_providers_office_id_name_key" ON "service_providers"("office_id", "name");

CREATE TABLE "referrals" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "office_id" UUID NOT NULL,
    "provider_id" UUID NOT NULL,
    "service_type" "ServiceType" NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'SENT',
    "sent_on" DATE NOT NULL,
    "answered_on" DATE,
    "completed_on" DATE,
    "revoked_on" DATE,
    "note" TEXT,
    "service_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referrals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "referrals_case_id_fkey" FOREIGN KEY ("case_id")
      REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "referrals_office_id_fkey" FOREIGN KEY ("office_id")
      REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "referrals_provider_id_fkey" FOREIGN KEY ("provider_id")
      REFERENCES "service_providers"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "referrals_service_id_fkey" FOREIGN KEY ("service_id")
      REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "referrals_note_length" CHECK (coalesce(char_length("note"), 0) <= 1000),
    -- Each step's date exactly when the status has passed through it, never before the last.
    CONSTRAINT "referrals_dates_follow_status" CHECK (
      ("answered_on" IS NOT NULL) = ("status" IN ('ACCEPTED', 'DECLINED', 'COMPLETED')
        OR ("status" = 'REVOKED' AND "answered_on" IS NOT NULL))
      AND ("completed_on" IS NOT NULL) = ("status" = 'COMPLETED')
      AND ("revoked_on" IS NOT NULL) = ("status" = 'REVOKED')
      AND ("service_id" IS NULL OR "status" = 'COMPLETED')
      AND "answered_on" >= "sent_on"
      AND "completed_on" >= coalesce("answered_on", "sent_on")
      AND "revoked_on" >= coalesce("answered_on", "sent_on"))
);
CREATE INDEX "referrals_case_id_idx" ON "referrals"("case_id");
CREATE INDEX "referrals_office_id_status_sent_on_idx" ON "referrals"("office_id", "status", "sent_on");
CREATE INDEX "referrals_provider_id_idx" ON "referrals"("provider_id");
CREATE UNIQUE INDEX "referrals_service_id_key" ON "referrals"("service_id");

-- Both tables are office data under the fail-closed office policy: the directory is the
-- office's own, and a referral says that a person of this office was sent somewhere.
SELECT passage_protect_by_office('service_providers');
SELECT passage_protect_by_office('referrals');
