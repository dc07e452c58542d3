import { z } from "zod";

import { locales } from "@/lib/i18n/config";

// "" is "automatic": no saved language, the browser's and then the office's apply.
export const chooseLanguageSchema = z.object({
  locale: z.enum([...locales, ""], "invalidChoice"),
});
export type ChooseLanguageInput = z.input<typeof chooseLanguageSchema>;

// A signed-out visitor always picks one language (kept in a cookie).
export const chooseVisitorLanguageSchema = z.object({ locale: z.enum(locales, "invalidChoice") });
