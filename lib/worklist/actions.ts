"use server";

import { serverAction } from "@/lib/safe-action";
import { addFollowUp } from "@/lib/worklist/add-follow-up";
import { completeFollowUp } from "@/lib/worklist/complete-follow-up";
import {
  addFollowUpSchema,
  completeFollowUpSchema,
  setWorklistSettingsSchema,
} from "@/lib/worklist/schemas";
import { setWorklistSettings } from "@/lib/worklist/set-worklist-settings";

export const addFollowUpAction = serverAction({
  schema: addFollowUpSchema,
  permission: "case:write",
  handler: addFollowUp,
  revalidate: "/office",
});
export const completeFollowUpAction = serverAction({
  schema: completeFollowUpSchema,
  permission: "case:write",
  handler: completeFollowUp,
  revalidate: "/office",
});
export const setWorklistSettingsAction = serverAction({
  schema: setWorklistSettingsSchema,
  permission: "office:manage",
  handler: setWorklistSettings,
  revalidate: "/admin/offices",
});
