import type { z } from "zod";

// A field error is a key under `validation.` in the message catalogue. For a length or size
// limit it carries the limit as ICU arguments, "tooLong?limit=200&origin=string", so the
// message can say what the limit is.
type Translate = {
  (key: string, values?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

const genericKeys: Record<"too_big" | "too_small", Record<string, string>> = {
  too_big: { string: "tooLong", array: "tooLong", set: "tooLong", number: "tooBig", int: "tooBig" },
  too_small: {
    string: "tooShort",
    array: "tooShort",
    set: "tooShort",
    number: "tooSmall",
    int: "tooSmall",
  },
};

export function validationMessageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "too_big" && issue.code !== "too_small") return issue.message;
  const limit = issue.code === "too_big" ? issue.maximum : issue.minimum;
  // A schema without its own message gets zod's English sentence: use the generic key.
  const key = /^\w+$/.test(issue.message)
    ? issue.message
    : (genericKeys[issue.code][issue.origin] ?? "invalidChoice");
  return `${key}?${new URLSearchParams({ limit: String(limit), origin: issue.origin })}`;
}

export function translateValidation(t: Translate, message: string): string {
  const [key = "", query = ""] = message.split("?", 2);
  if (!t.has(`validation.${key}`)) return t("validation.invalidChoice");
  const values: Record<string, string | number> = { origin: "other", limit: 0 };
  for (const [name, value] of new URLSearchParams(query))
    values[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return t(`validation.${key}`, values);
}
