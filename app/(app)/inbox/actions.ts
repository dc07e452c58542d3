"use server";

import { markInboxReadAction } from "@/lib/review/actions";
import { runAction } from "@/lib/safe-action";

export async function markInboxRead(input: unknown) {
  return runAction(markInboxReadAction, input, { revalidate: "/inbox" });
}
