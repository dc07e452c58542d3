"use server";

import { serverAction } from "@/lib/safe-action";
import { setDisclosureThreshold } from "@/lib/settings/disclosure-settings";
import { setDisclosureThresholdSchema } from "@/lib/settings/schemas";

export const setDisclosureThresholdAction = serverAction({
  schema: setDisclosureThresholdSchema,
  permission: "settings:manage",
  handler: setDisclosureThreshold,
  revalidate: "/admin/settings",
});
