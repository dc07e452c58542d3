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
CREATE INDEX "cases_office_opened_on_idx" ON "cases" ("office_id", "opened_on" DESC, "ref");
CREATE INDEX "cases_avr_case_id_idx" ON "cases" ("avr_case_id");
