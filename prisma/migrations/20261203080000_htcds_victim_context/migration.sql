-- HTCDS victim context on VOT cases (docs/htcds.md). New exploitation types are appended at
-- the end of the enum, so the report summaries' bit masks keep their meaning and no
-- report_rebuild() is needed; no existing row changes.
ALTER TYPE "ExploitationType" ADD VALUE 'FORCED_MILITARY_SERVICE';
ALTER TYPE "ExploitationType" ADD VALUE 'ILLEGAL_ADOPTION';
ALTER TYPE "ExploitationType" ADD VALUE 'SURROGACY';
ALTER TYPE "ExploitationType" ADD VALUE 'SLAVERY_AND_SIMILAR_PRACTICES';
ALTER TYPE "ExploitationType" ADD VALUE 'CHILD_LABOUR';

CREATE TYPE "TraffickingStatus" AS ENUM ('POSSIBLE_VICTIM', 'ACTUAL_VICTIM', 'NOT_A_VICTIM');

CREATE TYPE "RecruitmentMethod" AS ENUM ('ABDUCTION', 'EDUCATIONAL_FACILITY', 'FAMILIAL', 'INTERNET',
  'INTERNATIONAL_MARRIAGE_BROKER', 'INTIMATE_PARTNER_OR_MARRIAGE_PROPOSITION', 'JOB_OFFER',
  'POSING_AS_BENEFACTOR', 'PUBLIC_AREA', 'OFFER_OF_ACCOMMODATION', 'SHELTER', 'SMUGGLING_RANSOM',
  'WORK', 'OTHER', 'UNKNOWN');

CREATE TYPE "ControlMethod" AS ENUM ('DEBT_BONDAGE', 'TAKES_EARNINGS', 'RESTRICTS_FINANCIAL_ACCESS',
  'THREATS', 'PSYCHOLOGICAL_ABUSE', 'PHYSICAL_ABUSE', 'SEXUAL_ABUSE', 'FALSE_PROMISES',
  'PSYCHOACTIVE_SUBSTANCES', 'RESTRICTS_MOVEMENT', 'RESTRICTS_MEDICAL_CARE',
  'EXCESSIVE_WORKING_HOURS', 'USES_CHILDREN', 'THREAT_OF_LAW_ENFORCEMENT',
  'WITHHOLDS_NECESSITIES', 'WITHHOLDS_DOCUMENTS', 'OTHER');

CREATE TYPE "SexExploitationType" AS ENUM ('PROSTITUTION', 'PORNOGRAPHY',
  'REMOTE_INTERACTIVE_SERVICES', 'PRIVATE_SEXUAL_SERVICES');

ALTER TABLE "cases"
  ADD COLUMN "trafficking_status" "TraffickingStatus",
  ADD COLUMN "recruitment_methods" "RecruitmentMethod"[],
  ADD COLUMN "recruitment_country" CHAR(3),
  ADD COLUMN "control_methods" "ControlMethod"[],
  ADD COLUMN "sex_exploitation_types" "SexExploitationType"[];

ALTER TABLE "cases" ADD CONSTRAINT "cases_recruitment_country_iso3"
  CHECK ("recruitment_country" IS NULL OR "recruitment_country" ~ '^[A-Z]{3}$');
