import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { findHardCodedStrings } from "./hard-coded-strings";

const root = path.resolve(import.meta.dirname, "../..");

// Text that is not language, so no catalogue has it: file, text, and why.
const NOT_LANGUAGE: { file: string; text: string; reason: string }[] = [
  {
    file: "components/audit/audit-log.tsx",
    text: "case.",
    reason: "the prefix of the audit log's action codes (case.update), typed as it is",
  },
  {
    file: "components/cases/case-kind-fields.tsx",
    text: "MEX-TAP-AVR-2026-000001",
    reason: "an example of a case reference, a code in every language",
  },
];

function componentFiles(): string[] {
  return ["components", "app"].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx"))
      .map((file) => path.join(folder, file)),
  );
}

const allowed = (file: string, text: string) =>
  NOT_LANGUAGE.some((entry) => entry.file === file && entry.text === text);

describe("user-facing text comes from the catalogues", () => {
  const found = componentFiles().flatMap((file) =>
    findHardCodedStrings(file, readFileSync(path.join(root, file), "utf8")).map((hit) => ({
      file,
      ...hit,
    })),
  );

  it("no component renders JSX text or a user-facing prop written in code", () => {
    expect(componentFiles().length).toBeGreaterThan(50);
    const violations = found
      .filter((hit) => !allowed(hit.file, hit.text))
      .map((hit) => `${hit.file}:${hit.line}: ${hit.text}`);
    expect(violations).toStrictEqual([]);
  });

  it("every allowed exception is still there (the list does not go stale)", () => {
    const stale = NOT_LANGUAGE.filter(
      (entry) => !found.some((hit) => hit.file === entry.file && hit.text === entry.text),
    );
    expect(stale).toStrictEqual([]);
  });
});

describe("findHardCodedStrings", () => {
  const texts = (source: string) => findHardCodedStrings("x.tsx", source).map((hit) => hit.text);

  it("finds JSX text, literals rendered as children and literals in user-facing props", () => {
    const source = `export const A = ({ n, t }) => (
      <div title="Details" aria-label={"Close it"}>
        <p>Hello   world</p>
        {n > 1 ? "many" : t("one")}
        {n && \`\${n} items\`}
        {"Sign " + "in"}
        <input placeholder={\`Search \${n}\`} alt='Logo' />
      </div>
    );`;
    expect(texts(source)).toStrictEqual([
      "Details",
      "Close it",
      "Hello world",
      "many",
      "items",
      "Sign",
      "in",
      "Search",
      "Logo",
    ]);
  });

  it("finds two values joined by a template in code, which fixes English word order", () => {
    const source = 'export const C = ({ a, t }) => <h1 title={`${t("open")} ${a.ref}`} />;';
    expect(texts(source)).toStrictEqual(['`${t("open")} ${a.ref}`']);
  });

  it("leaves translated text, punctuation, numbers, comparisons and other props alone", () => {
    const source = `export const B = ({ t, kind }) => (
      <section className="grid gap-2" id="main" data-kind="AVR" aria-label={t("nav.main")}>
        <span>{t("cases.title")} — · 42 %</span>
        {kind === "REINTEGRATION" && <b>{t("x")}</b>}
        <option value="ECONOMIC">{t("y")}</option>
      </section>
    );`;
    expect(texts(source)).toStrictEqual([]);
  });
});
