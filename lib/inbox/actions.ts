"use server";

import { markInboxRead } from "@/lib/inbox/mark-inbox-read";
import { serverAction } from "@/lib/safe-action";
import { markInboxReadSchema } from "@/lib/validations/inbox";

export const markInboxReadAction = serverAction({
  schema: markInboxReadSchema,
  permission: "inbox:read",
  handler: markInboxRead,
  revalidate: "/inbox",
});
