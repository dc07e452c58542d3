// The interchange format of REPORT_SPEC: file names, columns (in order), import order.
export const INTERCHANGE_FILES = {
  "offices.csv": ["code", "name", "host_country"],
  "projects.csv": ["code", "title", "office_code", "start_date", "end_date"],
  "beneficiaries.csv": ["ref", "given_name", "family_name", "sex", "birth_date", "nationality"],
  "cases.csv": [
    "ref",
    "beneficiary_ref",
    "kind",
    "office_code",
    "project_code",
    "opened_on",
    "closed_on",
    "migrant_category",
    "return_country",
    "identified_on",
    "exploitation_types",
    "labour_sector",
    "exploitation_country",
  ],
  "services.csv": ["case_ref", "type", "delivered_on", "amount", "currency"],
} as const;

export type InterchangeFile = keyof typeof INTERCHANGE_FILES;
export const FILE_ORDER = Object.keys(INTERCHANGE_FILES) as InterchangeFile[];

export type RowError = { file: string; line: number; column: string; message: string };
export const formatRowError = (error: RowError) =>
  `${error.file}:${error.line}: ${error.column}: ${error.message}`;

// Digits after the decimal point of a currency's major unit (JPY 0, EUR 2, KWD 3).
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}
