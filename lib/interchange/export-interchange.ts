import { createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";

import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";

import { systemSettingsSql } from "@/lib/db-context";

import { currencyDigits, type InterchangeFile } from "./columns";

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

// One SELECT per file, in the interchange columns; PostgreSQL writes RFC 4180 CSV itself.
function selects(digits: Record<string, number>): Record<InterchangeFile, string> {
  return {
    "offices.csv": `SELECT code, name, host_country FROM offices ORDER BY code`,
    "projects.csv": `SELECT p.code, p.title, o.code AS office_code, ${day("p.start_date")} AS start_date, ${day("p.end_date")} AS end_date
      FROM projects p JOIN offices o ON o.id = p.office_id ORDER BY p.code`,
    // A merged record is a tombstone without cases: its cases are exported under the survivor.
    "beneficiaries.csv": `SELECT ref, given_name, family_name, sex, ${day("birth_date")} AS birth_date, nationality FROM beneficiaries
      WHERE merged_into_id IS NULL ORDER BY ref`,
    "cases.csv": `SELECT c.ref, b.ref AS beneficiary_ref, c.kind, o.code AS office_code, p.code AS project_code, ${day("c.opened_on")} AS opened_on,
      ${day("c.closed_on")} AS closed_on, c.migrant_category, c.return_country, ${day("c.identified_on")} AS identified_on,
      nullif(array_to_string(c.exploitation_types, ';'), '') AS exploitation_types, c.labour_sector, c.exploitation_country
      FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id JOIN offices o ON o.id = c.office_id JOIN projects p ON p.id = c.project_id ORDER BY c.ref`,
    "services.csv": `SELECT c.ref AS case_ref, s.type, ${day("s.delivered_on")} AS delivered_on,
      CASE WHEN s.amount_minor IS NULL THEN NULL ELSE
        round(s.amount_minor::numeric / power(10::numeric, coalesce(('${JSON.stringify(digits)}'::jsonb ->> s.currency)::int, 2)),
              coalesce(('${JSON.stringify(digits)}'::jsonb ->> s.currency)::int, 2))::text END AS amount, s.currency
      FROM services s JOIN cases c ON c.id = s.case_id ORDER BY c.ref, s.delivered_on, s.type, s.id`,
  };
}

// Writes the five files into a folder, streaming each with COPY (memory stays flat).
// This is personal data: for administrators' data transfers only, never for HQ.
export async function exportInterchange(client: pg.ClientBase, folder: string): Promise<void> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    await client.query(systemSettingsSql("export"));
    const { rows } = await client.query<{ currency: string }>(
      "SELECT DISTINCT currency::text AS currency FROM services WHERE currency IS NOT NULL",
    );
    const digits = Object.fromEntries(
      rows.map(({ currency }) => [currency, currencyDigits(currency)]),
    );
    for (const [file, select] of Object.entries(selects(digits))) {
      const stream = client.query(
        copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true)`),
      );
      await pipeline(stream, createWriteStream(path.join(folder, file)));
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
