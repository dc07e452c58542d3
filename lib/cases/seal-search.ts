import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { sealSearchText } from "@/lib/cases/case-search-token";

// The case list's search box: the typed text is sealed for the user who typed it before it
// goes into the URL, so a name never shows in the address bar, history or logs, and a
// shared link opens for nobody else (lib/cases/case-search-token.ts).
export async function sealSearch(actor: Actor, input: { text: string }) {
  return sealSearchText(input.text, actor.id);
}
