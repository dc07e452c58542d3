-- A language per user (null: follow the browser, then the office) and per office, and the
-- office's time zone. The locales are the catalogues the app ships (lib/i18n/config.ts); the
-- time zone is checked against the runtime's IANA list by the action, not here.
ALTER TABLE "users" ADD COLUMN "locale" TEXT;
ALTER TABLE "offices" ADD COLUMN "default_locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN "time_zone" TEXT NOT NULL DEFAULT 'UTC';

ALTER TABLE "users" ADD CONSTRAINT "users_locale_supported"
  CHECK ("locale" IS NULL OR "locale" IN ('en', 'es', 'fr', 'ar'));
ALTER TABLE "offices" ADD CONSTRAINT "offices_default_locale_supported"
  CHECK ("default_locale" IN ('en', 'es', 'fr', 'ar'));
ALTER TABLE "offices" ADD CONSTRAINT "offices_time_zone_not_blank"
  CHECK (length(trim("time_zone")) > 0);
