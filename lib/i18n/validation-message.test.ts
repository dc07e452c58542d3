import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { requiredText } from "@/lib/forms/fields";
import messages from "@/lib/i18n/messages/en.json";
import { translateValidation, validationMessageOf } from "@/lib/i18n/validation-message";

// With keys as plain strings, as the components' useTranslations() gives them.
const translator = createTranslator({ locale: "en", messages: messages as AbstractIntlMessages });
const t = Object.assign(
  (key: string, values?: Record<string, string | number>) =>
    translator(key as never, values as never),
  { has: (key: string) => translator.has(key as never) },
);
const shown = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error("expected a validation error");
  return translateValidation(t, validationMessageOf(parsed.error.issues[0]!));
};

describe("validation messages state the limit", () => {
  it("a text over its limit says how many characters are allowed", () => {
    expect(shown(requiredText(200), "p".repeat(201))).toBe("Use 200 characters or fewer.");
  });

  it("too short, too many, too small and too big say their limits too", () => {
    expect(shown(z.string().min(3, "tooShort"), "ab")).toBe("Use at least 3 characters.");
    expect(shown(z.array(z.string()).max(30, "tooLong"), Array(31).fill("x"))).toBe(
      "Give no more than 30.",
    );
    expect(shown(z.number().min(1), 0)).toBe("Enter 1 or more.");
    expect(shown(z.number().max(1000), 1001)).toBe("Enter 1,000 or less.");
  });

  it("a message without a limit (from the server) still reads, without one", () => {
    expect(translateValidation(t, "tooLong")).toBe("This is too long.");
    expect(translateValidation(t, "required")).toBe("This field is required.");
    expect(translateValidation(t, "notAKey")).toBe("Choose one of the options.");
  });

  it("messages other than limits pass through unchanged", () => {
    const parsed = z.string().min(1, "required").safeParse("");
    expect(parsed.success).toBe(false);
    expect(translateValidation(t, validationMessageOf(parsed.error!.issues[0]!))).toBe(
      "This field is required.",
    );
  });
});
