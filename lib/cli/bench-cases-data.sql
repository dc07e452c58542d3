-- 200,000 cases (one beneficiary each) over 20 offices, for `npm run bench:cases`.
INSERT INTO offices (id, code, name, host_country, updated_at)
SELECT gen_random_uuid(), 'BENCH-' || lpad(i::text, 2, '0'), 'Bench office ' || i,
       (ARRAY['MEX','GTM','DEU','ITA','ESP','TUR','MAR','NER','THA','IDN'])[1 + i % 10], now()
FROM generate_series(1, 20) AS i;

INSERT INTO projects (id, code, title, office_id, start_date, updated_at)
SELECT gen_random_uuid(), o.code || '-P', 'Bench project', o.id, DATE '2015-01-01', now() FROM offices o;

INSERT INTO beneficiaries (id, ref, office_id, given_name, family_name, sex, birth_date, nationality, updated_at)
SELECT gen_random_uuid(), 'B-BENCH-' || lpad(i::text, 7, '0'),
       (SELECT id FROM offices ORDER BY code OFFSET (i % 20) LIMIT 1),
       (ARRAY['Ana','José','María','Ahmad','Olena','Kevin','Rosa','Mateo','Fatima','Chen','Amina','Luis'])[1 + i % 12],
       (ARRAY['Pérez','García','López','Karimi','Koval','Ortiz','Méndez','Cruz','Haddad','Wang','Diallo','Ramírez','Quispe','Nguyen'])[1 + (i / 12) % 14] || ' ' || (i % 997),
       ((ARRAY['M','F','M','F','X','U'])::"Sex"[])[1 + i % 6],
       CASE WHEN i % 9 = 0 THEN NULL ELSE DATE '1960-01-01' + (i * 37 % 23000) END,
       (ARRAY['HND','GTM','SLV','NIC','AFG','UKR','SYR','NGA','ERI','VEN'])[1 + i % 10],
       now()
FROM generate_series(1, 200000) AS i;

INSERT INTO cases (id, ref, beneficiary_id, kind, office_id, project_id, status, opened_on, closed_on, updated_at,
                   migrant_category, return_country, identified_on, exploitation_types, origin_country)
SELECT gen_random_uuid(), 'BENCH-' || k.kind || '-' || lpad(b.n::text, 7, '0'), b.id, k.kind::"CaseKind", b.office_id,
       (SELECT p.id FROM projects p WHERE p.office_id = b.office_id LIMIT 1),
       k.status::"CaseStatus", b.opened, CASE WHEN k.status = 'CLOSED' THEN b.opened + 30 END, now(),
       CASE WHEN k.kind = 'AVR' THEN 'OTHER'::"MigrantCategory" END, CASE WHEN k.kind = 'AVR' THEN b.nationality END,
       CASE WHEN k.kind = 'VOT' THEN b.opened END,
       CASE WHEN k.kind = 'VOT' THEN ARRAY['SEXUAL']::"ExploitationType"[] ELSE ARRAY[]::"ExploitationType"[] END,
       CASE WHEN k.kind = 'REINTEGRATION' THEN b.nationality END
FROM (SELECT id, office_id, nationality, row_number() OVER () AS n, DATE '2016-01-01' + (row_number() OVER () * 13 % 3900)::int AS opened
      FROM beneficiaries) AS b
CROSS JOIN LATERAL (SELECT (ARRAY['AVR','REINTEGRATION','VOT'])[1 + b.n % 3] AS kind,
                           (ARRAY[['OPEN','COUNSELLING','CLOSED'],['ASSESSMENT','MONITORING','CLOSED'],['IDENTIFIED','ASSISTING','CLOSED']])[1 + b.n % 3][1 + (b.n / 3) % 3] AS status) AS k;

