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

// An import adds records; it never changes one. A row whose code or ref exists with other
// values is refused with the screen that does change it, so an import cannot move a case
// past the hand-over's consent check or rewrite a person's details. Identical rows pass
// and write nothing, so importing the same folder twice changes nothing.
const unchanged = "an import does not change existing records";
const CHANGE_CHECKS = `
  UNION ALL SELECT 'offices.csv', s.line,
    CASE WHEN s.name IS DISTINCT FROM o.name THEN 'name' ELSE 'host_country' END,
    'differs from the stored office; ${unchanged}: edit it under Administration › Offices'
    FROM stg_offices s JOIN offices o ON o.code = s.code
    WHERE (s.name, s.host_country) IS DISTINCT FROM (o.name, o.host_country::text)
  UNION ALL SELECT 'projects.csv', line, col, 'differs from the stored project; ${unchanged}: edit it under Administration › Projects'
    FROM (SELECT s.line, CASE WHEN s.title IS DISTINCT FROM p.title THEN 'title'
        WHEN s.office_code IS DISTINCT FROM o.code THEN 'office_code'
        WHEN s.start_date IS DISTINCT FROM p.start_date THEN 'start_date'
        WHEN s.end_date IS DISTINCT FROM p.end_date THEN 'end_date' END AS col
      FROM stg_projects s JOIN projects p ON p.code = s.code LEFT JOIN offices o ON o.id = p.office_id) d
    WHERE col IS NOT NULL
  UNION ALL SELECT 'beneficiaries.csv', line, col,
    'differs from the stored beneficiary; ${unchanged}: a registered person''s details are corrected by their office, not by import'
    FROM (SELECT s.line, CASE WHEN s.given_name IS DISTINCT FROM b.given_name THEN 'given_name'
        WHEN s.family_name IS DISTINCT FROM b.family_name THEN 'family_name'
        WHEN s.sex IS DISTINCT FROM b.sex::text THEN 'sex'
        WHEN s.birth_date IS DISTINCT FROM b.birth_date THEN 'birth_date'
        WHEN s.nationality IS DISTINCT FROM b.nationality::text THEN 'nationality' END AS col
      FROM stg_beneficiaries s JOIN beneficiaries b ON b.ref = s.ref) d
    WHERE col IS NOT NULL
  UNION ALL SELECT 'cases.csv', line, col, CASE WHEN col = 'office_code'
      THEN 'the case exists in another office; ${unchanged}: hand the case over from its page (it needs the person''s hand-over consent)'
      ELSE 'differs from the stored case; ${unchanged}: change it on the case''s page' END
    FROM (SELECT s.line, CASE WHEN s.office_code IS DISTINCT FROM o.code THEN 'office_code'
        WHEN s.beneficiary_ref IS DISTINCT FROM b.ref THEN 'beneficiary_ref'
        WHEN s.kind IS DISTINCT FROM c.kind::text THEN 'kind'
        WHEN s.project_code IS DISTINCT FROM p.code THEN 'project_code'
        WHEN s.opened_on IS DISTINCT FROM c.opened_on THEN 'opened_on'
        WHEN s.closed_on IS DISTINCT FROM c.closed_on THEN 'closed_on'
        WHEN s.migrant_category IS DISTINCT FROM c.migrant_category::text THEN 'migrant_category'
        WHEN s.return_country IS DISTINCT FROM c.return_country::text THEN 'return_country'
        WHEN s.identified_on IS DISTINCT FROM c.identified_on THEN 'identified_on'
        WHEN coalesce(s.exploitation_types, '') IS DISTINCT FROM coalesce(array_to_string(c.exploitation_types, ';'), '') THEN 'exploitation_types'
        WHEN s.labour_sector IS DISTINCT FROM c.labour_sector::text THEN 'labour_sector'
        WHEN s.exploitation_country IS DISTINCT FROM c.exploitation_country::text THEN 'exploitation_country' END AS col
      FROM stg_cases s JOIN cases c ON c.ref = s.ref LEFT JOIN offices o ON o.id = c.office_id
        LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id LEFT JOIN projects p ON p.id = c.project_id) d
    WHERE col IS NOT NULL
  UNION ALL SELECT 'cases.csv', s.line, 'beneficiary_ref',
    'the beneficiary is registered in another office; a new case is opened in the person''s own office'
    FROM stg_cases s JOIN beneficiaries b ON b.ref = s.beneficiary_ref JOIN offices o ON o.id = b.office_id
    WHERE o.code <> s.office_code AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.ref = s.ref)`;

// Checks that need more than one row: duplicates, references and changes to existing
// records. Each gives file, line, column and message.
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
  ${CHANGE_CHECKS}
) AS problems
ORDER BY array_position(ARRAY['offices.csv','projects.csv','beneficiaries.csv','cases.csv','services.csv'], file), line, col`;

// Each statement inserts the new records of one file (existing ones were checked equal
// above) and audits every one with its id, by the importing user ($1), in the import's
// transaction. Its row count is the number of records created.
const audited = (
  insert: string,
  action: string,
  entityType: string,
  officeId: string,
  fields: string[],
) => `WITH created AS (${insert})
  INSERT INTO audit_entries (actor_id, action, entity_type, entity_id, office_id, changed_fields)
  SELECT $1::uuid, '${action}', '${entityType}', created.id::text, ${officeId}, '{${fields.join(",")}}' FROM created`;

export const INSERTS = [
  audited(
    `INSERT INTO offices (id, code, name, host_country, updated_at)
     SELECT gen_random_uuid(), code, name, host_country, now() FROM stg_offices s
     WHERE NOT EXISTS (SELECT 1 FROM offices o WHERE o.code = s.code)
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    "office.import",
    "office",
    "created.id",
    ["code", "name", "hostCountry"],
  ),
  audited(
    `INSERT INTO projects (id, code, title, office_id, start_date, end_date, updated_at)
     SELECT gen_random_uuid(), p.code, p.title, o.id, p.start_date, p.end_date, now() FROM stg_projects p JOIN offices o ON o.code = p.office_code
     WHERE NOT EXISTS (SELECT 1 FROM projects x WHERE x.code = p.code)
     ON CONFLICT (code) DO NOTHING RETURNING id, office_id`,
    "project.import",
    "project",
    "created.office_id",
    ["code", "title", "officeId", "startDate", "endDate"],
  ),
  audited(
    `INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
     SELECT gen_random_uuid(), b.ref, o.id, b.given_name, b.family_name, b.sex::"Sex", b.birth_date, b.nationality, now()
     FROM stg_beneficiaries b
     JOIN (SELECT DISTINCT ON (beneficiary_ref) beneficiary_ref, office_code FROM stg_cases ORDER BY beneficiary_ref, opened_on, line) f ON f.beneficiary_ref = b.ref
     JOIN offices o ON o.code = f.office_code
     WHERE NOT EXISTS (SELECT 1 FROM beneficiaries x WHERE x.ref = b.ref)
     ON CONFLICT (ref) DO NOTHING RETURNING id, office_id`,
    "beneficiary.import",
    "beneficiary",
    "created.office_id",
    ["ref", "givenName", "familyName", "sex", "birthDate", "nationality"],
  ),
  audited(
    `INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at,
       migrant_category, return_country, identified_on, exploitation_types, labour_sector, exploitation_country)
     SELECT gen_random_uuid(), c.ref, b.id, c.kind::"CaseKind", o.id, p.id,
       (CASE WHEN c.closed_on IS NOT NULL THEN 'CLOSED' WHEN c.kind = 'AVR' THEN 'OPEN' WHEN c.kind = 'REINTEGRATION' THEN 'ASSESSMENT' ELSE 'IDENTIFIED' END)::"CaseStatus",
       c.opened_on, c.closed_on, now(), c.migrant_category::"MigrantCategory", c.return_country, c.identified_on,
       string_to_array(c.exploitation_types, ';')::"ExploitationType"[], c.labour_sector::"LabourSector", c.exploitation_country
     FROM stg_cases c JOIN beneficiaries b ON b.ref = c.beneficiary_ref JOIN offices o ON o.code = c.office_code JOIN projects p ON p.code = c.project_code
     WHERE NOT EXISTS (SELECT 1 FROM cases x WHERE x.ref = c.ref)
     ON CONFLICT (ref) DO NOTHING RETURNING id, office_id`,
    "case.import",
    "case",
    "created.office_id",
    [
      "ref",
      "beneficiaryId",
      "kind",
      "officeId",
      "projectId",
      "openedOn",
      "closedOn",
      "migrantCategory",
      "returnCountry",
      "identifiedOn",
      "exploitationTypes",
      "labourSector",
      "exploitationCountry",
    ],
  ),
  // Services have no key: per case, each distinct service is added until the stored count
  // reaches the count in the file (a multiset), so re-importing adds nothing.
  audited(
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
     CROSS JOIN LATERAL generate_series(1, w.n - coalesce(h.n, 0)) AS copies
     RETURNING id, case_id`,
    "service.import",
    "service",
    "(SELECT office_id FROM cases WHERE cases.id = created.case_id)",
    ["caseId", "type", "deliveredOn", "amount", "currency"],
  ),
];
