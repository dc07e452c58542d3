import type { Readable } from "node:stream";

import { parse } from "csv-parse";
import type pg from "pg";

import { systemSettingsSql } from "@/lib/db-context";

import { FILE_ORDER, INTERCHANGE_FILES, type InterchangeFile, type RowError } from "./columns";
import { createStagingSql, CROSS_CHECKS, insertBatchSql, INSERTS } from "./staging-sql";
import { validateRow, type StagedValue } from "./validate-row";

export type ImportSource = { name: string; open: () => Readable };
export type ImportResult =
  | {
      ok: true;
      rowsRead: Partial<Record<InterchangeFile, number>>;
      rowsWritten: number;
      // "bulk": secondary indexes and report summaries rebuilt once at the end (a large load
      // into a near-empty database); "incremental": maintained row by row.
      path: "bulk" | "incremental";
    }
  | { ok: false; errors: RowError[]; errorCount: number };

const BATCH_ROWS = 2_000;
const MAX_LISTED_ERRORS = 10_000;
const isInterchangeFile = (name: string): name is InterchangeFile => name in INTERCHANGE_FILES;

class ErrorList {
  items: RowError[] = [];
  count = 0;
  add(error: RowError) {
    this.count++;
    if (this.items.length < MAX_LISTED_ERRORS) this.items.push(error);
  }
  // File by file in import order, then by line (a stable sort keeps column order per line).
  sorted(): RowError[] {
    const rank = (file: string) => (FILE_ORDER as string[]).indexOf(file);
    return [...this.items].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
  }
}

// Streams one file into its staging table in batches; memory stays flat whatever its size.
async function stageFile(
  client: pg.ClientBase,
  file: InterchangeFile,
  source: Readable,
  errors: ErrorList,
): Promise<number> {
  const expected: readonly string[] = INTERCHANGE_FILES[file];
  const parser = source.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true }),
  );
  let header: string[] | null = null;
  let batch: StagedValue[][] = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    const columns = batch[0]!.map((_, index) => batch.map((row) => row[index]));
    await client.query(insertBatchSql(file), columns);
    batch = [];
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = record.map((cell) => cell.trim());
        if (header.join(",") !== expected.join(",")) {
          errors.add({
            file,
            line: info.lines,
            column: "header",
            message: `expected ${expected.join(",")}`,
          });
          parser.destroy();
          return rows;
        }
        continue;
      }
      rows++;
      if (record.length !== expected.length) {
        errors.add({
          file,
          line: info.lines,
          column: "row",
          message: `has ${record.length} fields, expected ${expected.length}`,
        });
        continue;
      }
      const { values, issues } = validateRow(
        file,
        Object.fromEntries(expected.map((column, index) => [column, record[index]!])),
      );
      for (const issue of issues) errors.add({ file, line: info.lines, ...issue });
      if (issues.length === 0) batch.push([info.lines, ...values]);
      if (batch.length >= BATCH_ROWS) await flush();
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    errors.add({ file, line, column: "file", message: "is not valid CSV (RFC 4180)" });
  }
  await flush();
  return rows;
}

// All or nothing: every row is checked, every error listed, and nothing is written unless
// there is none. Keyed by code and ref: an import only adds records (a row that would change
// one is an error), so importing the same folder twice changes nothing.
export async function importInterchange(
  client: pg.ClientBase,
  sources: ImportSource[],
  actorId: string | null,
): Promise<ImportResult> {
  const errors = new ErrorList();
  for (const source of sources) {
    if (!isInterchangeFile(source.name))
      errors.add({
        file: source.name,
        line: 0,
        column: "file",
        message: `is not one of ${FILE_ORDER.join(", ")}`,
      });
  }
  await client.query("BEGIN");
  try {
    await client.query(systemSettingsSql("import", actorId));
    // One import at a time: concurrent ones would each miss the other's new keys.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('passage.interchange.import'))");
    await client.query(createStagingSql());
    const rowsRead: Partial<Record<InterchangeFile, number>> = {};
    for (const file of FILE_ORDER) {
      const source = sources.find((candidate) => candidate.name === file);
      if (source) rowsRead[file] = await stageFile(client, file, source.open(), errors);
    }
    const { rows: problems } = await client.query<{
      file: string;
      line: number;
      col: string;
      message: string;
    }>(CROSS_CHECKS);
    for (const problem of problems)
      errors.add({
        file: problem.file,
        line: problem.line,
        column: problem.col,
        message: problem.message,
      });
    if (errors.count > 0) {
      await client.query("ROLLBACK");
      return { ok: false, errors: errors.sorted(), errorCount: errors.count };
    }
    const incoming =
      (rowsRead["beneficiaries.csv"] ?? 0) +
      (rowsRead["cases.csv"] ?? 0) +
      (rowsRead["services.csv"] ?? 0);
    const { rows: began } = await client.query<{ bulk: boolean }>(
      "SELECT passage_bulk_load_begin($1) AS bulk",
      [incoming],
    );
    const bulk = began[0]!.bulk;
    let rowsWritten = 0;
    for (const insert of INSERTS)
      rowsWritten += (await client.query(insert, [actorId])).rowCount ?? 0;
    if (bulk) await client.query("SELECT passage_bulk_load_end()");
    await client.query(
      `INSERT INTO audit_entries (actor_id, action, entity_type, changed_fields) VALUES ($1, 'interchange.import', 'interchange', $2)`,
      [actorId, Object.keys(rowsRead)],
    );
    await client.query("COMMIT");
    return { ok: true, rowsRead, rowsWritten, path: bulk ? "bulk" : "incremental" };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
