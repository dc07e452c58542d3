"use server";

import { serverAction } from "@/lib/safe-action";
import { setDisclosureThreshold } from "@/lib/settings/disclosure-settings";
import { disclosureThresholdSchema } from "@/lib/validations/settings";

export const setDisclosureThresholdAction = serverAction({
  schema: disclosureThresholdSchema,
  permission: "settings:manage",
  handler: setDisclosureThreshold,
  revalidate: "/admin/settings",
});
