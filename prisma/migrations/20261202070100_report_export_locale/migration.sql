-- An export is written in the language its requester chose; exports asked for before this
-- migration were English.
ALTER TABLE "report_exports" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';
