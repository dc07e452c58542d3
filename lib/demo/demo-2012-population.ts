import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

// The synthetic people of the 2012 demo, one SELECT per population, each row computed from
// its index j so that every figure of the seed report comes out exactly (see README,
// "Annual report"). Parameters: $1 host countries (57), $2 countries of origin (191),
// $3 European host countries (30), $4 Central American host countries (8).
// Sex: 77 of every 100 male, with a few X and U. Services are listed with day offsets
// from the opening date; a NULL type is no service.
const SEX = `CASE WHEN j % 5000 = 1 THEN 'X' WHEN j % 5000 = 2 THEN 'U' WHEN j % 100 < 77 THEN 'M' ELSE 'F' END`;
const OTHER_TYPE = `(ARRAY['FORCED_BEGGING','FORCED_MARRIAGE','FORCED_CRIMINALITY','OTHER'])[1 + j % 4]`;
const REINT = `ARRAY[${REINTEGRATION_SERVICE_TYPES.map((type) => `'${type}'`).join(",")}]`;

const COLUMNS = `seg, j, host, sex, birth, nat, opened, closed, status, kind, category, ret, identified, types, sector, ecountry, project_slot, svc_types, svc_days, reint_types, reint_days`;

// 6,499 VoTs assisted in 2012: 45 % forced labour (j % 20 < 9), 20 % sexual (j % 5 = 0),
// the first 1,827 children, 70 % of them in Central American offices.
const vot2012 = `
SELECT 'vot12', j,
  CASE WHEN j < 1827 AND j % 10 < 7 THEN ($4::text[])[1 + j % 8] ELSE ($1::text[])[1 + j % 57] END,
  ${SEX},
  CASE WHEN j < 1827 THEN DATE '1997-03-01' + j % 600 ELSE DATE '1975-01-01' + j % 6000 END,
  ($2::text[])[1 + j % 85],
  DATE '2012-01-05' + j % 320, NULL::date, 'ASSISTING', 'VOT', NULL, NULL, DATE '2012-01-05' + j % 320,
  CASE WHEN j % 20 >= 9 AND j % 5 <> 0 THEN ARRAY[${OTHER_TYPE}]
       ELSE array_remove(ARRAY[CASE WHEN j % 20 < 9 THEN 'FORCED_LABOUR' END, CASE WHEN j % 5 = 0 THEN 'SEXUAL' END], NULL) END,
  CASE WHEN j % 20 < 4 THEN 'AGRICULTURE' WHEN j % 20 < 7 THEN 'CONSTRUCTION' WHEN j % 20 = 7 THEN 'DOMESTIC_WORK' WHEN j % 20 = 8 THEN 'MANUFACTURING' END,
  ($2::text[])[1 + j % 100], 2 + j % 5,
  CASE WHEN j < 1827 THEN ARRAY['SHELTER','MEDICAL', CASE WHEN j % 2 = 0 THEN 'PSYCHOSOCIAL' END, CASE WHEN j % 3 = 0 THEN 'LEGAL' END,
      CASE WHEN j % 4 = 0 THEN 'TRANSPORT' END, CASE WHEN j % 5 = 0 THEN 'EDUCATION' END, CASE WHEN j % 7 = 0 THEN 'VOCATIONAL_TRAINING' END,
      CASE WHEN j % 9 = 0 THEN 'EMPLOYMENT' END, CASE WHEN j % 11 = 0 THEN 'SMALL_BUSINESS' END]
    ELSE ARRAY['SHELTER','MEDICAL', CASE WHEN j % 3 = 0 THEN 'LEGAL' END, CASE WHEN j % 2 = 0 THEN 'PSYCHOSOCIAL' END, NULL, NULL, NULL, NULL, NULL] END,
  ARRAY[0, 1, 3, 5, 7, 10, 14, 20, 30], NULL::text[], NULL::int[]
FROM generate_series(0, 6498) j`;

// 5,000 VoTs assisted in 2011: 27 % sexual (j % 100 >= 73), 40 % forced labour.
const vot2011 = `
SELECT 'vot11', j, ($1::text[])[1 + j % 57], ${SEX},
  CASE WHEN j % 10 = 0 THEN DATE '1996-01-01' + j % 500 ELSE DATE '1972-01-01' + j % 7000 END,
  ($2::text[])[1 + j % 85],
  DATE '2011-01-05' + j % 300, DATE '2011-01-05' + j % 300 + 60, 'CLOSED', 'VOT', NULL, NULL, DATE '2011-01-05' + j % 300,
  CASE WHEN j % 100 < 40 THEN ARRAY['FORCED_LABOUR'] WHEN j % 100 >= 73 THEN ARRAY['SEXUAL'] ELSE ARRAY[${OTHER_TYPE}] END,
  CASE WHEN j % 100 < 40 THEN 'AGRICULTURE' END,
  ($2::text[])[1 + j % 100], 2 + j % 5,
  ARRAY['SHELTER', 'MEDICAL'], ARRAY[0, 3], NULL::text[], NULL::int[]
FROM generate_series(0, 4999) j`;

// 8,501 earlier VoTs (identified 2005-2010): with 2011 and 2012, a VoT database of 20,000
// from 85 countries of origin, exploited in 100 countries.
const votEarlier = `
SELECT 'vot05', j, ($1::text[])[1 + j % 57], ${SEX}, DATE '1970-01-01' + j % 8000, ($2::text[])[1 + j % 85],
  DATE '2005-01-03' + j % 2180, DATE '2005-01-03' + j % 2180 + 90, 'CLOSED', 'VOT', NULL, NULL, DATE '2005-01-03' + j % 2180,
  CASE WHEN j % 2 = 0 THEN ARRAY['SEXUAL'] ELSE ARRAY['FORCED_LABOUR'] END, NULL,
  ($2::text[])[1 + (j * 7) % 100], 0,
  ARRAY['SHELTER'], ARRAY[0], NULL::text[], NULL::int[]
FROM generate_series(0, 8500) j`;

// AVR beneficiaries: the first 1,759 of 2012 return from Mexico and Canada, the rest from
// European offices. 12 % are children ((j * 7) % 100 < 12, so not tied to sex); 1 in 500 has no birth date, 1 in 1,000 no nationality.
// One in five also has a reintegration case with two reintegration services.
function avr(seg: string, count: number, year: number, closes: boolean, americas: number) {
  return `
SELECT '${seg}', j,
  CASE WHEN j < ${americas} THEN (CASE WHEN j % 2 = 0 THEN 'MEX' ELSE 'CAN' END) ELSE ($3::text[])[1 + j % 30] END,
  ${SEX},
  CASE WHEN j % 500 = 499 THEN NULL WHEN (j * 7) % 100 < 12 THEN DATE '${year - 12}-01-01' + j % 1000 ELSE DATE '${year - 42}-01-01' + j % 7000 END,
  CASE WHEN j % 1000 = 999 THEN NULL ELSE ($2::text[])[1 + j % 191] END,
  DATE '${year}-01-02' + j % 240, ${closes ? `DATE '${year}-01-02' + j % 240 + 120` : "NULL::date"},
  ${closes ? "'CLOSED'" : `CASE WHEN j < ${americas} OR j % 10 <> 9 THEN 'DEPARTED' ELSE 'COUNSELLING' END`}, 'AVR',
  (ARRAY['FAILED_ASYLUM_SEEKER','FAILED_ASYLUM_SEEKER','FAILED_ASYLUM_SEEKER','VISA_OVERSTAYER','VISA_OVERSTAYER','VISA_OVERSTAYER',
         'IRREGULAR_STRANDED','IRREGULAR_STRANDED','IRREGULAR_STRANDED','OTHER'])[1 + j % 10],
  coalesce(($2::text[])[1 + j % 191], 'HND'), NULL::date, NULL::text[], NULL, NULL, 2 + j % 5,
  ARRAY['COUNSELLING', CASE WHEN j < ${americas} OR j % 10 <> 9 THEN 'RETURN_TRAVEL' END], ARRAY[0, 30],
  CASE WHEN j % 5 = 1 THEN ARRAY[(${REINT})[1 + j % 6], (${REINT})[1 + (j + 3) % 6]] END, ARRAY[60, 90]
FROM generate_series(0, ${count - 1}) j`;
}

export const populationSql = `
CREATE TEMP TABLE demo_people ON COMMIT DROP AS
SELECT * FROM (
  ${vot2012}
  UNION ALL ${vot2011}
  UNION ALL ${votEarlier}
  UNION ALL ${avr("avr12", 93_511, 2012, false, 1_759)}
  UNION ALL ${avr("avr11", 53_830, 2011, true, 0)}
) AS p(${COLUMNS})`;
