-- Admins never choose or learn a user's password: a new account or an admin's reset gets a
-- single-use link that expires, and the user sets their own password through it. Only a
-- SHA-256 of the link's token is stored.
CREATE TABLE "user_setup_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "issued_by_id" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_setup_tokens_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "user_setup_tokens_user_id_fkey" FOREIGN KEY ("user_id")
      REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "user_setup_tokens_issued_by_id_fkey" FOREIGN KEY ("issued_by_id")
      REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "user_setup_tokens_token_hash_key" ON "user_setup_tokens"("token_hash");
CREATE INDEX "user_setup_tokens_user_id_idx" ON "user_setup_tokens"("user_id");

-- Supervisors hear in their inbox that someone joined their office: a notice about a user,
-- not about a case.
ALTER TYPE "InboxKind" ADD VALUE 'MEMBER_JOINED';
ALTER TABLE "inbox_messages" ALTER COLUMN "case_id" DROP NOT NULL,
  ADD COLUMN "subject_user_id" UUID,
  ADD CONSTRAINT "inbox_messages_subject_user_id_fkey" FOREIGN KEY ("subject_user_id")
    REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  ADD CONSTRAINT "inbox_messages_about_case_or_user"
    CHECK (("case_id" IS NULL) <> ("subject_user_id" IS NULL));

-- A notice without a case is visible to its recipient only (the case policy hides it from
-- everyone else); any signed-in context may write one, e.g. an admin creating the account.
CREATE POLICY passage_own_notice ON inbox_messages
  USING (case_id IS NULL AND user_id = NULLIF(current_setting('passage.user_id', true), '')::uuid)
  WITH CHECK (case_id IS NULL);
