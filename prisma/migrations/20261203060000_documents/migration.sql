-- Documents on cases: metadata in "documents", bytes in "document_chunks" (1 MiB rows), both
-- under the case's row-level security, so backups, restores and anonymisation cover them.
CREATE TYPE "DocumentType" AS ENUM ('AVR_DECLARATION', 'CONSENT_FORM', 'TRAVEL_DOCUMENT', 'IDENTITY_DOCUMENT', 'MEDICAL', 'OTHER');

CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "type" "DocumentType" NOT NULL,
    "consent_id" UUID,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),
    "deleted_by_id" UUID,
    "deletion_reason" TEXT,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "document_chunks" (
    "document_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "document_chunks_pkey" PRIMARY KEY ("document_id", "seq")
);

CREATE INDEX "documents_case_id_idx" ON "documents"("case_id");
CREATE INDEX "documents_consent_id_idx" ON "documents"("consent_id");
ALTER TABLE "documents" ADD CONSTRAINT "documents_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "case_consents"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "documents" ADD CONSTRAINT "documents_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "document_chunks" ADD CONSTRAINT "document_chunks_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks the application relies on, decided by the database.
ALTER TABLE "documents" ADD CONSTRAINT "documents_consent_only_for_consent_form"
  CHECK ("consent_id" IS NULL OR "type" = 'CONSENT_FORM');
ALTER TABLE "documents" ADD CONSTRAINT "documents_deletion_reasoned"
  CHECK (("deleted_at" IS NULL) = ("deletion_reason" IS NULL) AND ("deleted_at" IS NULL) = ("deleted_by_id" IS NULL));
ALTER TABLE "documents" ADD CONSTRAINT "documents_size_not_negative" CHECK ("size_bytes" >= 0);

-- A document is visible exactly when its case is; a chunk exactly when its document is.
SELECT passage_protect_by_parent('documents', 'case_id', 'cases');
SELECT passage_protect_by_parent('document_chunks', 'document_id', 'documents');

-- Scans and PDFs are compressed already: store the chunks as they are, without trying again.
ALTER TABLE "document_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL;
