import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { permissions, type Permission } from "@/lib/auth/permissions";
import {
  executeAction,
  executePublicAction,
  type ActionDefinition,
  type PublicActionDefinition,
} from "@/lib/safe-action";
import { makeCase, makeOffice, makeUser, ownerPool, resetDatabase } from "@/lib/testing/kit";

// Every server action of every domain (lib/**/actions.ts; the test kit's helpers are not
// actions), so a new action is fuzzed without being listed here. Public actions (no session,
// e.g. a set-up link) have no permission and are run without an actor.
const modules = import.meta.glob<Record<string, unknown>>(
  ["/lib/**/actions.ts", "!/lib/testing/**"],
  { eager: true },
);
type AnyDefinition =
  ActionDefinition<z.ZodType, unknown> | PublicActionDefinition<z.ZodType, unknown>;
const isServerAction = (value: unknown): value is { definition: AnyDefinition } =>
  typeof value === "function" && "definition" in value;
const definitions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isServerAction(value))
    .map(([name, value]) => ({
      name: `${file}#${name}`,
      definition: (value as { definition: AnyDefinition }).definition,
    })),
);

// Field names a schema knows, so that payloads also carry the right keys with wrong values.
function fieldNames(schema: z.ZodType): string[] {
  const def = (
    schema as unknown as { def: { shape?: Record<string, unknown>; options?: z.ZodType[] } }
  ).def;
  if (def.shape) return Object.keys(def.shape);
  return [...new Set((def.options ?? []).flatMap(fieldNames))];
}

const hostile = fc.constantFrom(
  "' OR 1=1 --",
  "'); DROP TABLE cases; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  "\u0000",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "😀".repeat(500),
  "x".repeat(200_000),
  "../../etc/passwd",
  "${jndi:ldap://x}",
  "NaN",
  "-1",
  "1e309",
  "2026-02-30",
  "9999-99-99",
  "00000000-0000-0000-0000-000000000000",
);
const junk = fc.oneof(
  fc.anything(),
  hostile,
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constant(null),
);

function payloads(keys: string[]) {
  return fc.oneof(
    junk,
    fc.dictionary(fc.string({ maxLength: 20 }), junk),
    keys.length
      ? fc.record(Object.fromEntries(keys.map((key) => [key, junk])), { requiredKeys: [] })
      : junk,
    keys.length
      ? fc.record(
          {
            ...Object.fromEntries(keys.map((key) => [key, junk])),
            extra: junk,
            __proto__: junk,
            constructor: junk,
          },
          { requiredKeys: [] },
        )
      : junk,
  );
}

// Every row of every table, as counts and the sum of the rows' creating transactions
// (xmin): an insert or delete changes the count, an update gives the row a new xmin. Read
// as the owner (a superuser here), whom row-level security does not hide rows from.
let fingerprintSql = "";
async function fingerprint(): Promise<string> {
  if (!fingerprintSql) {
    const { rows } = await ownerPool().query<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    fingerprintSql = rows
      .map(
        ({ name }) =>
          `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) AS rows FROM public.${name}`,
      )
      .join(" UNION ALL ");
  }
  const { rows } = await ownerPool().query<{ name: string; rows: string }>(fingerprintSql);
  return rows.map((row) => `${row.name}=${row.rows}`).join(" ");
}

const runs = Number(process.env.FUZZ_RUNS ?? 100);

describe("malformed input to every server action", () => {
  const actors = new Map<string, Actor>();

  beforeAll(async () => {
    await resetDatabase();
    const office = await makeOffice();
    await makeCase(office);
    for (const role of ["CASEWORKER", "SUPERVISOR", "HQ", "ADMIN"] as const) {
      actors.set(
        role,
        await makeUser(role, role === "CASEWORKER" || role === "SUPERVISOR" ? office.id : null),
      );
    }
  });

  it("finds the server actions of every domain, and nothing else exported beside them", () => {
    const exported = Object.values(modules).flatMap((exports) => Object.values(exports));
    expect(definitions.length).toBeGreaterThanOrEqual(36);
    // The public ones: setting a password through a set-up link, a visitor's language.
    expect(definitions.filter(({ definition }) => !("permission" in definition))).toHaveLength(2);
    expect(exported.filter((value) => !isServerAction(value))).toStrictEqual([]);
  });

  it("notices a write: the fingerprint changes when a row is inserted or updated", async () => {
    const before = await fingerprint();
    await makeOffice();
    const afterInsert = await fingerprint();
    await ownerPool().query("UPDATE offices SET name = name || ' (renamed)'");
    const afterUpdate = await fingerprint();

    expect(afterInsert).not.toBe(before);
    expect(afterUpdate).not.toBe(afterInsert);
  });

  for (const { name, definition } of definitions) {
    it(`${name}: ${runs} payloads its schema refuses each get VALIDATION with field errors and write no row`, async () => {
      // A role the permission allows, so that each payload reaches the input check.
      const run =
        "permission" in definition
          ? (payload: unknown) => {
              const allowed = permissions[definition.permission as Permission] as readonly string[];
              return executeAction(definition, actors.get(allowed[0]!)!, payload);
            }
          : (payload: unknown) => executePublicAction(definition, payload);
      const malformed = payloads(fieldNames(definition.schema)).filter(
        (payload) => !definition.schema.safeParse(payload).success,
      );
      // Nothing else writes meanwhile: after each payload the database is as it was before
      // the first.
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(malformed, async (payload) => {
          const result = await run(payload);
          expect(await fingerprint()).toBe(before);
          expect(result).toMatchObject({ ok: false, error: "VALIDATION" });
          if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
        }),
        { numRuns: runs },
      );
    }, 120_000);
  }
});
