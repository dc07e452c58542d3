import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { pool } from "@/lib/db";
import { executeAction, type ActionDefinition } from "@/lib/safe-action";
import { makeCase, makeOffice, makeUser } from "@/lib/testing/factories";
import { resetDatabase } from "@/lib/testing/reset-database";

// Every action definition of every domain, so a new action is fuzzed without being listed.
const modules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts", { eager: true });
type AnyDefinition = ActionDefinition<z.ZodType, unknown>;
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

async function totalRows(): Promise<number> {
  const { rows } = await pool.query<{ total: string }>(
    "SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM offices) + (SELECT count(*) FROM projects) + (SELECT count(*) FROM beneficiaries) + " +
      "(SELECT count(*) FROM cases) + (SELECT count(*) FROM services) + (SELECT count(*) FROM case_status_changes) + (SELECT count(*) FROM audit_entries) + " +
      "(SELECT count(*) FROM idempotency_keys) AS total",
  );
  return Number(rows[0]!.total);
}

const runs = Number(process.env.FUZZ_RUNS ?? 400);

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

  it("finds the action definitions to fuzz", () => {
    expect(definitions.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, definition } of definitions) {
    it(`${name}: ${runs} malformed payloads each get a clear refusal, never INTERNAL, and write nothing`, async () => {
      const role = (permissions[definition.permission as Permission] as readonly string[])[0]!;
      const actor = actors.get(role)!;
      const before = await totalRows();
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(payloads(fieldNames(definition.schema)), async (payload) => {
          const result = await executeAction(definition, actor, payload);
          if (result.ok) {
            // Only input the schema itself accepts may pass (e.g. a hostile but harmless name
            // given to the read-only duplicate search).
            expect(definition.schema.safeParse(payload).success).toBe(true);
            accepted += 1;
            return;
          }
          expect(["VALIDATION", "NOT_FOUND", "CONFLICT", "FORBIDDEN"]).toContain(result.error);
          if (result.error === "VALIDATION")
            expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0);
        }),
        { numRuns: runs },
      );
      if (accepted === 0 || definition.permission.endsWith(":read"))
        expect(await totalRows()).toBe(before);
    }, 120_000);
  }
});
