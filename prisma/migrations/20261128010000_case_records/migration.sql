-- Case records: reference counters, idempotency keys, and search indexes for the case list
-- and the duplicate check.

CREATE TABLE "ref_counters" (
    "scope" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    CONSTRAINT "ref_counters_pkey" PRIMARY KEY ("scope")
);

CREATE TABLE "idempotency_keys" (
    "key" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- The day a status change took effect, as the caseworker gave it (may precede the entry).
ALTER TABLE "case_status_changes" ADD COLUMN "effective_on" DATE NOT NULL DEFAULT CURRENT_DATE;

-- Names sort as people expect in every language (Álvarez before Ortiz), whatever the
-- server's default locale.
ALTER TABLE "beneficiaries"
  ALTER COLUMN "given_name" TYPE TEXT COLLATE "und-x-icu",
  ALTER COLUMN "family_name" TYPE TEXT COLLATE "und-x-icu";

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes this
-- wrapper safe to use in an index.
CREATE FUNCTION "search_text"(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

CREATE INDEX "beneficiaries_name_trgm_idx" ON "beneficiaries"
  USING GIN ("search_text"("given_name" || ' ' || "family_name") gin_trgm_ops);
CREATE INDEX "beneficiaries_office_birth_date_idx" ON "beneficiaries" ("office_id", "birth_date");
CREATE INDEX "cases_ref_trgm_idx" ON "cases" USING GIN (lower("ref") gin_trgm_ops);

-- The case list's sort orders, each ending in ref so that a page is one index range
-- (scanned backwards for descending order).
DROP INDEX "cases_office_id_status_opened_on_idx";
DROP INDEX "cases_office_id_kind_opened_on_idx";
DROP INDEX "beneficiaries_office_id_family_name_idx";
CREATE INDEX "cases_office_id_opened_on_ref_idx" ON "cases" ("office_id", "opened_on", "ref");
CREATE INDEX "cases_office_id_status_opened_on_ref_idx" ON "cases" ("office_id", "status", "opened_on", "ref");
CREATE INDEX "cases_office_id_kind_opened_on_ref_idx" ON "cases" ("office_id", "kind", "opened_on", "ref");
CREATE INDEX "cases_office_id_ref_idx" ON "cases" ("office_id", "ref");
CREATE INDEX "beneficiaries_office_id_family_name_given_name_idx" ON "beneficiaries" ("office_id", "family_name", "given_name");
CREATE INDEX "cases_avr_case_id_idx" ON "cases" ("avr_case_id");
