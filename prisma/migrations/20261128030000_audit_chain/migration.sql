-- Hash-chained audit log: each entry's hash covers its content and the previous entry's
-- hash, so an edit or deletion made around the application (for example by a database
-- superuser) breaks the chain, which `npm run audit:verify` detects.

ALTER TABLE "audit_entries" ADD COLUMN "seq" BIGINT, ADD COLUMN "prev_hash" TEXT, ADD COLUMN "hash" TEXT;

CREATE FUNCTION "audit_entry_content"(e "audit_entries") RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT concat_ws('|', e.seq, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'), e.actor_id, e.action,
                         e.entity_type, e.entity_id, e.office_id, array_to_string(e.changed_fields, ',')) $$;

CREATE FUNCTION "audit_entry_hash"(prev_hash text, e "audit_entries") RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT encode(sha256(convert_to(coalesce(prev_hash, '') || '|' || audit_entry_content(e), 'UTF8')), 'hex') $$;

-- One writer at a time extends the chain (a transaction-scoped advisory lock), so the
-- chain order is the commit order even with many servers writing.
CREATE FUNCTION "audit_entries_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_entry record;
BEGIN
  PERFORM pg_advisory_xact_lock(7160318);
  SELECT seq, hash INTO last_entry FROM audit_entries WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  NEW.at := clock_timestamp();
  NEW.seq := coalesce(last_entry.seq, 0) + 1;
  NEW.prev_hash := last_entry.hash;
  NEW.hash := audit_entry_hash(last_entry.hash, NEW);
  RETURN NEW;
END;
$$;

-- Entries written before this migration join the chain in id order.
DO $$
DECLARE
  entry audit_entries;
  previous text := NULL;
  position bigint := 0;
BEGIN
  ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete;
  FOR entry IN SELECT * FROM audit_entries ORDER BY id LOOP
    position := position + 1;
    entry.seq := position;
    UPDATE audit_entries SET seq = position, prev_hash = previous, hash = audit_entry_hash(previous, entry) WHERE id = entry.id
      RETURNING hash INTO previous;
  END LOOP;
  ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update_delete;
END;
$$;

ALTER TABLE "audit_entries" ALTER COLUMN "seq" SET NOT NULL, ALTER COLUMN "seq" SET DEFAULT 0,
  ALTER COLUMN "hash" SET NOT NULL, ALTER COLUMN "hash" SET DEFAULT '';
CREATE UNIQUE INDEX "audit_entries_seq_key" ON "audit_entries" ("seq");
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" ("at");
CREATE INDEX "audit_entries_action_at_idx" ON "audit_entries" ("action", "at");

CREATE TRIGGER "audit_entries_chain" BEFORE INSERT ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION "audit_entries_chain"();
