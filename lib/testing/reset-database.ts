import { pool } from "@/lib/db";

// Empties every table between tests. The audit log refuses deletes by trigger; a
// superuser's replica mode (tests only) skips triggers for this one statement batch.
export async function resetDatabase(): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`
      BEGIN;
      SET LOCAL session_replication_role = replica;
      DELETE FROM audit_entries;
      TRUNCATE report_exports, services, case_status_changes, cases, beneficiaries, auth_sessions, users, projects, offices, throttle_counters CASCADE;
      COMMIT;`);
  } finally {
    client.release();
  }
}
