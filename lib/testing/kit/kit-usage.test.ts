import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { kitViolations } from "./kit-usage";

const root = path.resolve(import.meta.dirname, "../../..");
// Every folder vitest runs tests from (vitest.config.mts).
const integrationTests = ["lib", "components", "prisma"]
  .flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" }).map((file) =>
      path.join(folder, file),
    ),
  )
  .filter((file) => file.endsWith(".integration.test.ts"))
  .sort();

describe("integration tests build their data with the kit", () => {
  it("finds the integration tests (the check is not vacuous)", () => {
    expect(integrationTests.length).toBeGreaterThan(40);
  });

  it("every integration test imports the kit and writes no kit entity directly", () => {
    const offenders = integrationTests.flatMap((file) =>
      kitViolations(readFileSync(path.join(root, file), "utf8")).map(
        (found) => `${file}: ${found}`,
      ),
    );
    expect(offenders).toStrictEqual([]);
  });
});

describe("kitViolations", () => {
  const withKit = 'import { makeOffice } from "@/lib/testing/kit";\n';

  it("reports a test that does not import the kit", () => {
    expect(kitViolations('import { db } from "@/lib/db";\n')).toStrictEqual([
      'does not import "@/lib/testing/kit"',
    ]);
  });

  it("takes a first-line marker with a reason from a test that touches no app data", () => {
    expect(
      kitViolations("// kit-exempt: starts its own cluster.\nimport os from 'node:os';\n"),
    ).toStrictEqual([]);
    expect(kitViolations("import os from 'node:os';\n// kit-exempt: too late.\n")).toStrictEqual([
      'does not import "@/lib/testing/kit"',
    ]);
  });

  it("reports Prisma creates and SQL inserts of kit entities, and home-made unique codes", () => {
    const source = [
      withKit,
      "await db.office.create({ data });",
      "await tx.beneficiary.createMany({ data });",
      "await pool.query(`INSERT INTO cases (id) VALUES ($1)`, [id]);",
      'await sql("insert into \\"services\\" (id) values (1)");',
      "const tag = () => randomUUID().slice(0, 8);",
    ].join("\n");
    expect(kitViolations(source)).toStrictEqual([
      "line 3: creates a row the kit builds",
      "line 4: creates a row the kit builds",
      "line 5: inserts a row the kit builds",
      "line 6: inserts a row the kit builds",
      "line 7: makes its own unique codes (use the kit's unique())",
    ]);
  });

  it("allows a write marked as the one under test, and writes of other tables", () => {
    const source = [
      withKit,
      "// kit-exempt: the refused write is what this test is about.",
      "await expect(",
      "  db.service.create({ data }),",
      ").rejects.toThrow();",
      "await db.monitoringVisit.create({ data });",
      "await pool.query(`INSERT INTO audit_entries (action) VALUES ('x')`);",
      "await db.case.update({ where, data });",
    ].join("\n");
    expect(kitViolations(source)).toStrictEqual([]);
  });

  it("does not take a bare marker without a reason", () => {
    expect(
      kitViolations(`${withKit}// kit-exempt:\nawait db.user.create({ data });`),
    ).toStrictEqual(["line 3: creates a row the kit builds"]);
  });
});
