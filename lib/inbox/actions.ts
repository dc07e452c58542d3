"use server";

import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { markInboxReadSchema } from "@/lib/inbox/schemas";
import { serverAction } from "@/lib/safe-action";

export const markInboxReadAction = serverAction({
  schema: markInboxReadSchema,
  permission: "inbox:read",
  handler: markInboxRead,
  revalidate: "/inbox",
});
