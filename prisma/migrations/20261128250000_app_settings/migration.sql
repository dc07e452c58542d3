-- Run-time settings an admin changes (one row). The disclosure threshold may only be raised
-- above REPORT_SPEC's 10 (a cell of 1 to 9 people is shown as "<10"); the database refuses less.
CREATE TABLE "app_settings" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "disclosure_threshold" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "app_settings_single_row" CHECK ("id"),
    CONSTRAINT "app_settings_disclosure_threshold_min" CHECK ("disclosure_threshold" BETWEEN 10 AND 1000)
);

ALTER TABLE "app_settings" ADD CONSTRAINT "app_settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
