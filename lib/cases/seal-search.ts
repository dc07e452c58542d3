import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { sealText } from "@/lib/crypto/sealed-text";

// The case list's search box: the typed text is sealed before it goes into the URL, so a
// name never shows in the address bar, history or logs.
export async function sealSearch(_actor: Actor, input: { text: string }) {
  return sealText(input.text);
}
