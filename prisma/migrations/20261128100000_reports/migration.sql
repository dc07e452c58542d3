-- Annual report exports run as background jobs (pg-boss); their state and result live
-- here, in PostgreSQL, so that every app server sees the same progress.
CREATE TYPE "ReportExportFormat" AS ENUM ('CSV', 'XLSX', 'PDF');
CREATE TYPE "ReportExportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "report_exports" (
    "id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "format" "ReportExportFormat" NOT NULL,
    "filter" JSONB NOT NULL,
    "status" "ReportExportStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "filename" TEXT,
    "content" BYTEA,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "report_exports_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "report_exports_requested_by_id_created_at_idx" ON "report_exports"("requested_by_id", "created_at");

ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_done_has_content" CHECK (("status" = 'DONE') = ("content" IS NOT NULL));
