import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ownerPool } from "@/lib/testing/kit";

import {
  diffCatalogs,
  formatDifferences,
  readCatalog,
  type CatalogDifference,
  type CatalogFacts,
} from "./schema-catalog";

// The migrations are the database's source of truth; prisma/schema is what the client is
// generated from. This builds a second database from the schema alone and compares it with
// the migrated one (the test's own database): tables, columns, enums, indexes and keys must
// be the same. What Prisma cannot declare is listed below, with why; anything else found in
// only one of them fails, and so does a listed object that no longer differs.

// Tables with personal data, each behind the office policy (docs/database.md).
const PROTECTED_TABLES = [
  "beneficiaries",
  "cases",
  "case_consents",
  "case_follow_ups",
  "case_notes",
  "case_status_changes",
  "document_chunks",
  "documents",
  "inbox_messages",
  "monitoring_visits",
  "household_members",
  "households",
  "plan_authors",
  "plan_decisions",
  "plan_items",
  "referrals",
  "reintegration_plans",
  "report_beneficiary_years",
  "report_vot_cases",
  "service_providers",
  "services",
  "sustainability_answers",
  "sustainability_surveys",
];

// Objects only the migrations create: Prisma has no syntax for them.
const SQL_ONLY = new Set([
  ...PROTECTED_TABLES.flatMap((table) => [
    `row level security ${table}`,
    `policy ${table}.passage_scope`,
    `policy ${table}.passage_system_scope`,
    `policy ${table}.passage_owner_scope`,
  ]),
  // A notice without a case is its recipient's alone (account_setup_links).
  "policy inbox_messages.passage_own_notice",
  // The accent-folded name, a generated column (Prisma would try to write it).
  "column beneficiaries.search_name",
  // Expression, partial and covering (INCLUDE) indexes.
  "index beneficiaries.beneficiaries_name_trgm_idx",
  "index beneficiaries.beneficiaries_office_search_idx",
  "index cases.cases_office_search_idx",
  "index cases.cases_ref_trgm_idx",
  "index cases.cases_retention_idx",
  "index cases.cases_worklist_owner_idx",
  "index reintegration_plans.reintegration_plans_one_live_per_case",
  "extension pg_trgm",
  "extension unaccent",
  "view report_beneficiary_year_source",
  "view report_vot_case_source",
  "trigger audit_entries.audit_entries_chain",
  "trigger audit_entries.audit_entries_no_truncate",
  "trigger audit_entries.audit_entries_no_update_delete",
  "trigger beneficiaries.report_beneficiaries_delete",
  "trigger beneficiaries.report_beneficiaries_truncate",
  "trigger beneficiaries.report_beneficiaries_update",
  "trigger cases.report_cases_delete",
  "trigger cases.report_cases_insert",
  "trigger cases.report_cases_truncate",
  "trigger cases.report_cases_update",
  "trigger services.report_services_delete",
  "trigger services.report_services_insert",
  "trigger services.report_services_truncate",
  "trigger services.report_services_update",
  "function audit_entries_chain()",
  "function audit_entries_reject_change()",
  "function audit_entry_content(e audit_entries)",
  "function audit_entry_hash(prev_hash text, e audit_entries)",
  'function is_reintegration_service(service_type "ServiceType")',
  "function passage_analyze_after_bulk_load()",
  "function passage_avr_case_id(case_ref text, citing_office uuid, linked uuid)",
  "function passage_bulk_load_begin(incoming bigint)",
  "function passage_bulk_load_end()",
  // A merge moves the merged record's cases in every office (beneficiary_merge).
  "function passage_move_merged_cases(merged uuid, survivor uuid)",
  "function passage_office_id()",
  "function passage_protect(tbl regclass, visible_when text)",
  "function passage_protect_by_office(tbl regclass)",
  "function passage_protect_by_parent(tbl regclass, fk_column text, parent regclass)",
  "function passage_scope_is_all()",
  "function report_beneficiaries_changed()",
  "function report_bit(value anyenum)",
  "function report_cases_changed()",
  "function report_rebuild()",
  "function report_refresh(ids uuid[])",
  "function report_services_changed()",
  "function report_source_truncated()",
  "function search_text(value text)",
]);

// Columns both declare, where the schema cannot say what the migration does; pinned on both
// sides, so any other change to these columns still fails.
const KNOWN_DIFFERENCES: (CatalogDifference & { why: string })[] = [
  {
    key: "column beneficiaries.family_name",
    migrations: "text not null collate und-x-icu",
    schema: "text not null",
    why: "names sort by ICU root collation; Prisma 6 cannot declare a column collation",
  },
  {
    key: "column beneficiaries.given_name",
    migrations: "text not null collate und-x-icu",
    schema: "text not null",
    why: "names sort by ICU root collation; Prisma 6 cannot declare a column collation",
  },
  {
    key: "column case_consents.countries",
    migrations: "character(3)[] not null default '{}'::bpchar[]",
    schema: "character(3)[] default (ARRAY[]::bpchar[])::character(3)[]",
    why: "Prisma creates scalar lists without NOT NULL",
  },
  {
    key: "column service_providers.services",
    migrations: '"ServiceType"[] not null',
    schema: '"ServiceType"[]',
    why: "Prisma creates scalar lists without NOT NULL",
  },
];

function isExplained(difference: CatalogDifference): boolean {
  if (difference.schema === undefined && SQL_ONLY.has(difference.key)) return true;
  return KNOWN_DIFFERENCES.some(
    (known) =>
      known.key === difference.key &&
      known.migrations === difference.migrations &&
      known.schema === difference.schema,
  );
}

const root = path.resolve(import.meta.dirname, "..");
const ownerUrl = new URL(process.env.PASSAGE_OWNER_DATABASE_URL ?? "");
const scratchName = `${ownerUrl.pathname.slice(1)}_from_schema`;
const adminUrl = new URL(ownerUrl);
adminUrl.pathname = "/postgres";
const scratchUrl = new URL(ownerUrl);
scratchUrl.pathname = `/${scratchName}`;

async function withAdmin(sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

// The SQL Prisma would write for an empty database, applied to an empty database.
async function buildFromSchema(client: pg.Client) {
  const { stdout } = await promisify(execFile)(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema", "--script"],
    {
      cwd: root,
      env: { ...process.env, MIGRATION_DATABASE_URL: scratchUrl.toString() },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  await client.query(stdout);
}

let fromSchema: pg.Client;
let migrated: CatalogFacts;
let declared: CatalogFacts;

beforeAll(async () => {
  await withAdmin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  await withAdmin(`CREATE DATABASE "${scratchName}"`);
  fromSchema = new pg.Client({ connectionString: scratchUrl.toString() });
  await fromSchema.connect();
  await buildFromSchema(fromSchema);
  const owner = await ownerPool().connect();
  try {
    migrated = await readCatalog(owner);
  } finally {
    owner.release();
  }
  declared = await readCatalog(fromSchema);
}, 120_000);

// Dropping a database waits for a checkpoint, which a loaded CI machine can stretch past 30 s.
afterAll(async () => {
  await fromSchema?.end();
  await withAdmin(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
}, 120_000);

describe("prisma/schema against the migrations", () => {
  it("declares the same tables, columns, enums, indexes and keys", () => {
    expect(declared.size).toBeGreaterThan(100);
    const unexplained = diffCatalogs(migrated, declared).filter((d) => !isExplained(d));
    expect(formatDifferences(unexplained)).toBe("");
  });

  it("lists no SQL-only object or known difference that is gone", () => {
    const differences = new Map(diffCatalogs(migrated, declared).map((d) => [d.key, d]));
    const isSqlOnly = (key: string) => differences.get(key)?.schema === undefined;
    const stillDiffers = (known: CatalogDifference) =>
      differences.get(known.key)?.migrations === known.migrations &&
      differences.get(known.key)?.schema === known.schema;
    const stale = [
      ...[...SQL_ONLY].filter((key) => !differences.has(key) || !isSqlOnly(key)),
      ...KNOWN_DIFFERENCES.filter((known) => !stillDiffers(known)).map((known) => known.key),
    ];
    expect(stale).toEqual([]);
  });

  // The comparison itself: a column type, a foreign key action, an enum value and an index
  // changed in a database must each show up (rolled back afterwards).
  it("sees a changed column, key, enum value and index", async () => {
    await fromSchema.query("BEGIN");
    try {
      await fromSchema.query(`
        ALTER TABLE services ALTER COLUMN provider TYPE varchar(80);
        ALTER TABLE services DROP CONSTRAINT services_case_id_fkey,
          ADD CONSTRAINT services_case_id_fkey FOREIGN KEY (case_id) REFERENCES cases(id);
        ALTER TYPE "Sex" ADD VALUE 'Z';
        DROP INDEX cases_avr_case_id_idx;`);
      const altered = await readCatalog(fromSchema);
      const keys = diffCatalogs(declared, altered).map((d) => d.key);
      expect(keys).toEqual([
        "column services.provider",
        "constraint services.services_case_id_fkey",
        "enum Sex",
        "index cases.cases_avr_case_id_idx",
      ]);
    } finally {
      await fromSchema.query("ROLLBACK");
    }
  });
});
