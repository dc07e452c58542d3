-- Dated notes on a case: counselling narrative, phone calls, meetings. Free text about a
-- person, so visible exactly when the case is (row-level security by parent) and deleted
-- when the case is anonymised.

-- CreateEnum
CREATE TYPE "CaseNoteKind" AS ENUM ('COUNSELLING', 'PHONE_CALL', 'MEETING', 'HOME_VISIT', 'OTHER');

-- CreateTable
CREATE TABLE "case_notes" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "CaseNoteKind" NOT NULL,
    "contact_on" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_notes_pkey" PRIMARY KEY ("id"),
    -- The form's limit (lib/case-notes/schemas.ts), stated again where no code can skip it.
    CONSTRAINT "case_notes_text_length" CHECK (char_length("text") BETWEEN 1 AND 4000)
);

-- CreateIndex
CREATE INDEX "case_notes_case_id_contact_on_idx" ON "case_notes"("case_id", "contact_on");

-- CreateIndex
CREATE INDEX "case_notes_author_id_idx" ON "case_notes"("author_id");

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

SELECT passage_protect_by_parent('case_notes', 'case_id', 'cases');

-- Append-only for the app: a note is corrected by a new note, never rewritten. Deleting stays
-- allowed, for anonymisation (and the case's own deletion cascades).
REVOKE UPDATE ON "case_notes" FROM passage_app;
