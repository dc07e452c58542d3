import { createTranslator } from "next-intl";

import { asTranslate, type Words } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/config";
import messages from "@/lib/i18n/messages/en.json";

type Tree = { [key: string]: string | Tree };
const wrapped = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === "string" ? `⟦${value}⟧` : wrapped(value),
    ]),
  );

// A pseudo-language: the English catalogue with every message wrapped in ⟦ ⟧, formats of
// `locale`. Text that does not come from the catalogue shows up unwrapped.
export function pseudoWords(locale: Locale): Words {
  return {
    locale,
    t: asTranslate(createTranslator({ locale, messages: wrapped(messages as Tree) })),
  };
}
