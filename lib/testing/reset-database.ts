import { ownerPool } from "@/lib/testing/owner-db";

// Empties every table between tests. The audit log refuses deletes by trigger; a
// superuser's replica mode (tests only) skips triggers for this one statement batch.
export async function resetDatabase(): Promise<void> {
  const client = await ownerPool().connect();
  try {
    await client.query(`
      BEGIN;
      SET LOCAL session_replication_role = replica;
      DELETE FROM audit_entries;
      TRUNCATE app_settings, case_consents, report_exports, htcds_exports, report_beneficiary_years, report_vot_cases, sustainability_answers, sustainability_surveys, monitoring_visits, inbox_messages, plan_decisions, plan_items, reintegration_plans,
        services, case_status_changes, cases, beneficiaries, mfa_challenges, mfa_recovery_codes, user_mfa, auth_sessions, users, projects, offices, throttle_counters, ref_counters,
        idempotency_keys CASCADE;
      -- The survey's indicator set is migration data: restore its default weights instead.
      UPDATE sustainability_indicators SET weight = 1, is_active = true;
      UPDATE sustainability_dimension_weights SET weight = 1;
      COMMIT;`);
  } finally {
    client.release();
  }
}
