-- One row per HTCDS export (docs/htcds.md): the filter, the reason and the row count, which
-- the audit entry points at by id. No personal data, so no row-level security, as for
-- report_exports.
CREATE TYPE "HtcdsExportForm" AS ENUM ('CASE_LEVEL', 'ANONYMISED');

CREATE TABLE "htcds_exports" (
    "id" UUID NOT NULL,
    "form" "HtcdsExportForm" NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "office_id" UUID,
    "year_from" INTEGER,
    "year_to" INTEGER,
    "include_identifying" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "row_count" INTEGER NOT NULL,
    "record_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "htcds_exports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "htcds_exports_case_level_has_reason"
      CHECK ("form" <> 'CASE_LEVEL' OR length(trim("reason")) > 0),
    CONSTRAINT "htcds_exports_identifying_only_case_level"
      CHECK (NOT "include_identifying" OR "form" = 'CASE_LEVEL')
);
CREATE INDEX "htcds_exports_requested_by_id_created_at_idx" ON "htcds_exports"("requested_by_id", "created_at");
