-- Households: beneficiaries of one office who return together. A person belongs to at most
-- one household; the members' AVR cases can be opened and departed together, one case per
-- person (the annual report counts individuals), each linked to the household.
CREATE TYPE "HouseholdRelationship" AS ENUM ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'OTHER');

CREATE TABLE "households" (
    "id" UUID NOT NULL,
    "ref" TEXT NOT NULL,
    "office_id" UUID NOT NULL,
    "head_member_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "households_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "household_members" (
    "id" UUID NOT NULL,
    "household_id" UUID NOT NULL,
    "beneficiary_id" UUID NOT NULL,
    "relationship" "HouseholdRelationship",
    "added_by_id" UUID,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_members_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "cases" ADD COLUMN "household_id" UUID;

CREATE UNIQUE INDEX "households_ref_key" ON "households"("ref");
CREATE UNIQUE INDEX "households_head_member_id_key" ON "households"("head_member_id");
CREATE INDEX "households_office_id_idx" ON "households"("office_id");
CREATE UNIQUE INDEX "household_members_beneficiary_id_key" ON "household_members"("beneficiary_id");
CREATE INDEX "household_members_household_id_idx" ON "household_members"("household_id");
CREATE INDEX "cases_household_id_idx" ON "cases"("household_id");

ALTER TABLE "households" ADD CONSTRAINT "households_office_id_fkey" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "households" ADD CONSTRAINT "households_head_member_id_fkey" FOREIGN KEY ("head_member_id") REFERENCES "household_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_beneficiary_id_fkey" FOREIGN KEY ("beneficiary_id") REFERENCES "beneficiaries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "cases" ADD CONSTRAINT "cases_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Office-scoped like the people they group: a member row is visible exactly when its
-- household is.
SELECT passage_protect_by_office('households');
SELECT passage_protect_by_parent('household_members', 'household_id', 'households');
