import type pg from "pg";

// What a database holds in schema public, as facts keyed by object ("column cases.kind")
// with a normalised definition, so that two databases compare as two maps. Objects an
// extension installs (pg_trgm's functions) and Prisma's own bookkeeping table are left out.
export type CatalogFacts = Map<string, string>;

const FACT_QUERIES: string[] = [
  // Tables, their row-level security switches and policies.
  `SELECT 'table ' || c.relname, '' FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      AND c.relname <> '_prisma_migrations'`,
  `SELECT 'row level security ' || c.relname,
          concat_ws(', ', 'enabled', CASE WHEN c.relforcerowsecurity THEN 'forced' END)
     FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relrowsecurity`,
  `SELECT 'policy ' || tablename || '.' || policyname, cmd || ' ' || coalesce(qual, '')
     FROM pg_policies WHERE schemaname = 'public'`,
  // Columns: type, nullability, default, collation when not the type's, generated expression.
  `SELECT 'column ' || c.relname || '.' || a.attname,
          concat_ws(' ', format_type(a.atttypid, a.atttypmod),
            CASE WHEN a.attnotnull THEN 'not null' END,
            CASE WHEN a.attgenerated = '' AND d.adbin IS NOT NULL
                 THEN 'default ' || pg_get_expr(d.adbin, d.adrelid) END,
            CASE WHEN a.attgenerated <> '' THEN 'generated ' || pg_get_expr(d.adbin, d.adrelid) END,
            CASE WHEN a.attcollation <> t.typcollation THEN 'collate ' || co.collname END)
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_type t ON t.oid = a.atttypid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     LEFT JOIN pg_collation co ON co.oid = a.attcollation
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
      AND c.relname <> '_prisma_migrations' AND a.attnum > 0 AND NOT a.attisdropped`,
  // Enum types and their values in order (the report's bit masks depend on the order).
  `SELECT 'enum ' || t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname`,
  // Indexes: the full definition (method, columns, operator classes, uniqueness, predicate).
  `SELECT 'index ' || c.relname || '.' || i.relname, pg_get_indexdef(x.indexrelid)
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
    WHERE c.relnamespace = 'public'::regnamespace AND c.relname <> '_prisma_migrations'`,
  // Primary keys, foreign keys (columns, target, actions) and unique constraints. CHECK
  // constraints are not compared: Prisma has no way to declare them (docs/database.md).
  `SELECT 'constraint ' || c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
    WHERE c.relnamespace = 'public'::regnamespace AND k.contype IN ('p', 'f', 'u', 'x')
      AND c.relname <> '_prisma_migrations'`,
  `SELECT 'view ' || c.relname, '' FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')`,
  `SELECT 'trigger ' || c.relname || '.' || g.tgname, '' FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT g.tgisinternal`,
  `SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', ''
     FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                        AND d.objid = p.oid AND d.deptype = 'e')`,
  `SELECT 'extension ' || extname, '' FROM pg_extension WHERE extname <> 'plpgsql'`,
];

export async function readCatalog(client: pg.ClientBase): Promise<CatalogFacts> {
  const facts: CatalogFacts = new Map();
  for (const sql of FACT_QUERIES) {
    const { rows } = await client.query<[string, string]>({ text: sql, rowMode: "array" });
    for (const [key, detail] of rows) facts.set(key, detail);
  }
  return facts;
}

export type CatalogDifference = { key: string; migrations?: string; schema?: string };

// Every fact that is missing on one side or defined differently, sorted by key.
export function diffCatalogs(migrations: CatalogFacts, schema: CatalogFacts): CatalogDifference[] {
  const keys = [...new Set([...migrations.keys(), ...schema.keys()])].sort();
  return keys
    .filter((key) => migrations.get(key) !== schema.get(key))
    .map((key) => ({ key, migrations: migrations.get(key), schema: schema.get(key) }));
}

export function formatDifferences(differences: CatalogDifference[]): string {
  return differences
    .map(({ key, migrations, schema }) =>
      [
        key,
        `  migrations: ${migrations ?? "(missing)"}`,
        `  schema:     ${schema ?? "(missing)"}`,
      ].join("\n"),
    )
    .join("\n");
}
