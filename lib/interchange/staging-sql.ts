import type { InterchangeFile } from "./columns";

// Temporary tables that hold the validated rows of one import, with their line numbers.
export const STAGING: Record<InterchangeFile, { table: string; columns: string; types: string[] }> =
  {
    "offices.csv": {
      table: "stg_offices",
      columns: "code, name, host_country",
      types: ["text", "text", "text"],
    },
    "projects.csv": {
      table: "stg_projects",
      columns: "code, title, office_code, start_date, end_date",
      types: ["text", "text", "text", "date", "date"],
    },
    "beneficiaries.csv": {
      table: "stg_beneficiaries",
      columns: "ref, given_name, family_name, sex, birth_date, nationality",
      types: ["text", "text", "text", "text", "date", "text"],
    },
    "cases.csv": {
      table: "stg_cases",
      columns:
        "ref, beneficiary_ref, kind, office_code, project_code, opened_on, closed_on, migrant_category, return_country, identified_on, exploitation_types, labour_sector, exploitation_country",
      types: [
        "text",
        "text",
        "text",
        "text",
        "text",
        "date",
        "date",
        "text",
        "text",
        "date",
        "text",
        "text",
        "text",
      ],
    },
    "services.csv": {
      table: "stg_services",
      columns: "case_ref, type, delivered_on, amount_minor, currency",
      types: ["text", "text", "date", "int", "text"],
    },
  };

export function createStagingSql(): string {
  return Object.values(STAGING)
    .map(({ table, columns, types }) => {
      const defs = columns
        .split(", ")
        .map((column, index) => `${column} ${types[index]}`)
        .join(", ");
      return `CREATE TEMP TABLE ${table} (line int NOT NULL, ${defs}) ON COMMIT DROP;`;
    })
    .join("\n");
}

// Rows in one statement: unnest of one array per column keeps the parameter count fixed.
export function insertBatchSql(file: InterchangeFile): string {
  const { table, columns, types } = STAGING[file];
  const arrays = ["int", ...types].map((type, index) => `$${index + 1}::${type}[]`).join(", ");
  return `INSERT INTO ${table} (line, ${columns}) SELECT * FROM unnest(${arrays})`;
}

// Checks that need more than one row: duplicates and references. Each gives file, line,
// column and message.
export const CROSS_CHECKS = `
SELECT * FROM (
  SELECT 'offices.csv' AS file, line, 'code' AS col, 'duplicate of line ' || first AS message
    FROM (SELECT line, min(line) OVER (PARTITION BY code) AS first FROM stg_offices) d WHERE line <> first
  UNION ALL SELECT 'projects.csv', line, 'code', 'duplicate of line ' || first
    FROM (SELECT line, min(line) OVER (PARTITION BY code) AS first FROM stg_projects) d WHERE line <> first
  UNION ALL SELECT 'beneficiaries.csv', line, 'ref', 'duplicate of line ' || first
    FROM (SELECT line, min(line) OVER (PARTITION BY ref) AS first FROM stg_beneficiaries) d WHERE line <> first
  UNION ALL SELECT 'cases.csv', line, 'ref', 'duplicate of line ' || first
    FROM (SELECT line, min(line) OVER (PARTITION BY ref) AS first FROM stg_cases) d WHERE line <> first
  UNION ALL SELECT 'projects.csv', p.line, 'office_code', 'no office "' || p.office_code || '"' FROM stg_projects p
    WHERE NOT EXISTS (SELECT 1 FROM stg_offices o WHERE o.code = p.office_code) AND NOT EXISTS (SELECT 1 FROM offices o WHERE o.code = p.office_code)
  UNION ALL SELECT 'cases.csv', c.line, 'beneficiary_ref', 'no beneficiary with this ref' FROM stg_cases c
    WHERE NOT EXISTS (SELECT 1 FROM stg_beneficiaries b WHERE b.ref = c.beneficiary_ref) AND NOT EXISTS (SELECT 1 FROM beneficiaries b WHERE b.ref = c.beneficiary_ref)
  UNION ALL SELECT 'cases.csv', c.line, 'office_code', 'no office "' || c.office_code || '"' FROM stg_cases c
    WHERE NOT EXISTS (SELECT 1 FROM stg_offices o WHERE o.code = c.office_code) AND NOT EXISTS (SELECT 1 FROM offices o WHERE o.code = c.office_code)
  UNION ALL SELECT 'cases.csv', c.line, 'project_code', 'no project "' || c.project_code || '"' FROM stg_cases c
    WHERE NOT EXISTS (SELECT 1 FROM stg_projects p WHERE p.code = c.project_code) AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.code = c.project_code)
  UNION ALL SELECT 'services.csv', s.line, 'case_ref', 'no case with this ref' FROM stg_services s
    WHERE NOT EXISTS (SELECT 1 FROM stg_cases c WHERE c.ref = s.case_ref) AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.ref = s.case_ref)
  UNION ALL SELECT 'beneficiaries.csv', b.line, 'ref', 'a new beneficiary needs a valid case in cases.csv (their office is that of their first case)'
    FROM stg_beneficiaries b WHERE NOT EXISTS (SELECT 1 FROM stg_cases c WHERE c.beneficiary_ref = b.ref) AND NOT EXISTS (SELECT 1 FROM beneficiaries x WHERE x.ref = b.ref)
) AS problems
ORDER BY array_position(ARRAY['offices.csv','projects.csv','beneficiaries.csv','cases.csv','services.csv'], file), line, col`;

// Upserts keyed by code/ref. A row equal to what is stored is left untouched, so a second
// import of the same folder changes nothing.
export const UPSERTS = [
  `INSERT INTO offices (id, code, name, host_country, updated_at)
   SELECT gen_random_uuid(), code, name, host_country, now() FROM stg_offices
   ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, host_country = EXCLUDED.host_country, updated_at = now()
   WHERE (offices.name, offices.host_country) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.host_country)`,
  `INSERT INTO projects (id, code, title, office_id, start_date, end_date, updated_at)
   SELECT gen_random_uuid(), p.code, p.title, o.id, p.start_date, p.end_date, now() FROM stg_projects p JOIN offices o ON o.code = p.office_code
   ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, office_id = EXCLUDED.office_id, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, updated_at = now()
   WHERE (projects.title, projects.office_id, projects.start_date, projects.end_date) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.office_id, EXCLUDED.start_date, EXCLUDED.end_date)`,
  `INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
   SELECT gen_random_uuid(), b.ref, o.id, b.given_name, b.family_name, b.sex::"Sex", b.birth_date, b.nationality, now()
   FROM stg_beneficiaries b
   LEFT JOIN (SELECT DISTINCT ON (beneficiary_ref) beneficiary_ref, office_code FROM stg_cases ORDER BY beneficiary_ref, opened_on, line) f ON f.beneficiary_ref = b.ref
   LEFT JOIN offices o ON o.code = f.office_code
   ON CONFLICT (ref) DO UPDATE SET given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, sex = EXCLUDED.sex,
     birth_date = EXCLUDED.birth_date, nationality = EXCLUDED.nationality, updated_at = now(), version = beneficiaries.version + 1
   WHERE (beneficiaries.given_name, beneficiaries.family_name, beneficiaries.sex, beneficiaries.birth_date, beneficiaries.nationality)
     IS DISTINCT FROM (EXCLUDED.given_name, EXCLUDED.family_name, EXCLUDED.sex, EXCLUDED.birth_date, EXCLUDED.nationality)`,
  `INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at,
     migrant_category, return_country, identified_on, exploitation_types, labour_sector, exploitation_country)
   SELECT gen_random_uuid(), c.ref, b.id, c.kind::"CaseKind", o.id, p.id,
     (CASE WHEN c.closed_on IS NOT NULL THEN 'CLOSED' WHEN c.kind = 'AVR' THEN 'OPEN' WHEN c.kind = 'REINTEGRATION' THEN 'ASSESSMENT' ELSE 'IDENTIFIED' END)::"CaseStatus",
     c.opened_on, c.closed_on, now(), c.migrant_category::"MigrantCategory", c.return_country, c.identified_on,
     string_to_array(c.exploitation_types, ';')::"ExploitationType"[], c.labour_sector::"LabourSector", c.exploitation_country
   FROM stg_cases c JOIN beneficiaries b ON b.ref = c.beneficiary_ref JOIN offices o ON o.code = c.office_code JOIN projects p ON p.code = c.project_code
   ON CONFLICT (ref) DO UPDATE SET beneficiary_id = EXCLUDED.beneficiary_id, kind = EXCLUDED.kind, office_id = EXCLUDED.office_id,
     project_id = EXCLUDED.project_id, opened_on = EXCLUDED.opened_on, closed_on = EXCLUDED.closed_on,
     status = CASE WHEN EXCLUDED.closed_on IS NOT NULL THEN 'CLOSED' WHEN cases.status = 'CLOSED' THEN EXCLUDED.status ELSE cases.status END,
     migrant_category = EXCLUDED.migrant_category, return_country = EXCLUDED.return_country, identified_on = EXCLUDED.identified_on,
     exploitation_types = EXCLUDED.exploitation_types, labour_sector = EXCLUDED.labour_sector, exploitation_country = EXCLUDED.exploitation_country,
     updated_at = now(), version = cases.version + 1
   WHERE (cases.beneficiary_id, cases.kind, cases.office_id, cases.project_id, cases.opened_on, cases.closed_on, cases.migrant_category,
     cases.return_country, cases.identified_on, coalesce(cases.exploitation_types, '{}'), cases.labour_sector, cases.exploitation_country)
     IS DISTINCT FROM (EXCLUDED.beneficiary_id, EXCLUDED.kind, EXCLUDED.office_id, EXCLUDED.project_id, EXCLUDED.opened_on, EXCLUDED.closed_on,
     EXCLUDED.migrant_category, EXCLUDED.return_country, EXCLUDED.identified_on, coalesce(EXCLUDED.exploitation_types, '{}'), EXCLUDED.labour_sector, EXCLUDED.exploitation_country)`,
  // Services have no key: per case, each distinct service is added until the stored count
  // reaches the count in the file (a multiset), so re-importing adds nothing.
  `WITH want AS (
     SELECT c.id AS case_id, s.type, s.delivered_on, s.amount_minor, s.currency, count(*) AS n
     FROM stg_services s JOIN cases c ON c.ref = s.case_ref GROUP BY 1, 2, 3, 4, 5),
   have AS (
     SELECT v.case_id, v.type::text AS type, v.delivered_on, v.amount_minor, v.currency::text AS currency, count(*) AS n
     FROM services v WHERE v.case_id IN (SELECT case_id FROM want) GROUP BY 1, 2, 3, 4, 5)
   INSERT INTO services (id, case_id, type, delivered_on, amount_minor, currency)
   SELECT gen_random_uuid(), w.case_id, w.type::"ServiceType", w.delivered_on, w.amount_minor, w.currency
   FROM want w LEFT JOIN have h ON h.case_id = w.case_id AND h.type = w.type AND h.delivered_on = w.delivered_on
     AND h.amount_minor IS NOT DISTINCT FROM w.amount_minor AND h.currency IS NOT DISTINCT FROM w.currency
   CROSS JOIN LATERAL generate_series(1, w.n - coalesce(h.n, 0)) AS copies`,
];
