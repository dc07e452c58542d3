import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

import { messagesOf } from "@/lib/i18n/catalogues";
import { locales } from "@/lib/i18n/config";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [inner, message] of flatten(value, path)) entries.set(inner, message);
  }
  return entries;
}

// The arguments a message uses, with their kind: "count:plural", "name:argument",
// "origin:select(array|other|set|string)". Plural categories differ by language (Arabic has
// six) and are not compared; a select's options are the program's values and must match.
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
    if (element.type === TYPE.number) found.add(`${element.value}:number`);
    if (element.type === TYPE.date || element.type === TYPE.time)
      found.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.tag) argumentsOf(element.children, found).add(`<${element.value}>`);
    if (element.type === TYPE.plural) {
      found.add(
        `${element.value}:${element.pluralType === "ordinal" ? "selectordinal" : "plural"}`,
      );
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.select) {
      found.add(`${element.value}:select(${Object.keys(element.options).sort().join("|")})`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

const sorted = (values: Iterable<string>) => [...values].sort();

// A translation may pluralise a number English only formats ("{points, number} points" as
// "{points, plural, one {# punto} other {# puntos}}"), never drop English's plural.
function sameArguments(want: Set<string>, got: Set<string>): boolean {
  const covered = (entry: string, other: Set<string>, from: string, to: string) =>
    other.has(entry) || (entry.endsWith(`:${from}`) && other.has(entry.replace(/:\w+$/, `:${to}`)));
  return (
    [...want].every((entry) => covered(entry, got, "number", "plural")) &&
    [...got].every((entry) => covered(entry, want, "plural", "number"))
  );
}

// Every problem of one catalogue against the English one, as readable lines.
function compareCatalogues(reference: Catalogue, other: Catalogue, locale: string): string[] {
  const expected = flatten(reference);
  const actual = flatten(other);
  const problems: string[] = [];
  for (const key of expected.keys())
    if (!actual.has(key)) problems.push(`${locale}: missing ${key}`);
  for (const [key, message] of actual) {
    if (!expected.has(key)) {
      problems.push(`${locale}: ${key} is not in en.json`);
      continue;
    }
    let elements: MessageFormatElement[];
    try {
      elements = parse(message, { ignoreTag: false });
    } catch (error) {
      problems.push(`${locale}: ${key} does not parse (${(error as Error).message})`);
      continue;
    }
    const want = argumentsOf(parse(expected.get(key)!, { ignoreTag: false }));
    const got = argumentsOf(elements);
    if (!sameArguments(want, got))
      problems.push(
        `${locale}: ${key} uses ${sorted(got).join(", ") || "nothing"}, en ${sorted(want).join(", ")}`,
      );
  }
  return problems;
}

describe("the catalogues", () => {
  const en = messagesOf("en") as Catalogue;

  it("English parses as ICU messages", () => {
    expect(compareCatalogues(en, en, "en")).toEqual([]);
  });

  it.each(locales.filter((locale) => locale !== "en"))(
    "%s has exactly English's keys, each parsing, with the same arguments",
    (locale) => {
      expect(compareCatalogues(en, messagesOf(locale) as Catalogue, locale)).toEqual([]);
    },
  );
});

describe("compareCatalogues finds what a translation can get wrong", () => {
  const reference: Catalogue = {
    nav: { inbox: "Inbox ({count, plural, one {# message} other {# messages}})" },
    greeting: "Hello {name}",
    origin: "{origin, select, string {text} other {value}}",
  };

  it("accepts a plural where English only formats the number", () => {
    const shares: Catalogue = { share: "{points, number} points" };
    const spanish: Catalogue = { share: "{points, plural, one {# punto} other {# puntos}}" };
    expect(compareCatalogues(shares, spanish, "es")).toEqual([]);
    expect(compareCatalogues(spanish, shares, "en")).toEqual([
      "en: share uses points:number, en points:plural",
    ]);
  });

  it("accepts a translation with other plural categories", () => {
    const arabic: Catalogue = {
      nav: {
        inbox: "{count, plural, zero {لا رسائل} two {رسالتان} few {# رسائل} other {# رسالة}}",
      },
      greeting: "مرحبا {name}",
      origin: "{origin, select, string {نص} other {قيمة}}",
    };
    expect(compareCatalogues(reference, arabic, "ar")).toEqual([]);
  });

  it("reports a missing key, an extra key, a broken message and changed arguments", () => {
    const broken: Catalogue = {
      nav: { inbox: "Bandeja ({count, plural, one {# mensaje} other {# mensajes}" },
      greeting: "Hola {nombre}",
      extra: "Sobra",
    };
    expect(compareCatalogues(reference, broken, "es")).toEqual([
      "es: missing origin",
      expect.stringMatching(/^es: nav\.inbox does not parse/),
      "es: greeting uses nombre:argument, en name:argument",
      "es: extra is not in en.json",
    ]);
  });

  it("reports a plural turned into a plain argument and a select with other options", () => {
    const changed: Catalogue = {
      nav: { inbox: "Boîte ({count})" },
      greeting: "Bonjour {name}",
      origin: "{origin, select, texte {texte} other {valeur}}",
    };
    expect(compareCatalogues(reference, changed, "fr")).toEqual([
      "fr: nav.inbox uses count:argument, en count:plural",
      "fr: origin uses origin:select(other|texte), en origin:select(other|string)",
    ]);
  });
});
