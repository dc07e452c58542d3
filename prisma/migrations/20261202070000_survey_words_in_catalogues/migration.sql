-- The survey's questions and answer labels move to the message catalogues
-- (sustainability.indicator.<code> in lib/i18n/messages/<locale>.json), so that each language
-- reads them in its own words. The database keeps the stable code as the key. A code added by
-- hand that is not a valid catalogue key ("." nests keys) is made one; the page shows a code
-- without messages as it is.
UPDATE "sustainability_indicators"
SET "code" = upper(regexp_replace("code", '[^A-Za-z0-9_]+', '_', 'g'))
WHERE "code" !~ '^[A-Z][A-Z0-9_]*$';

ALTER TABLE "sustainability_indicators" DROP COLUMN "question";
ALTER TABLE "sustainability_indicators" ADD CONSTRAINT "sustainability_indicators_code_format"
  CHECK ("code" ~ '^[A-Z][A-Z0-9_]*$');
