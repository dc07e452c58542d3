import "server-only";

import { defineAction } from "@/lib/safe-action";
import { disclosureThresholdSchema } from "@/lib/validations/settings";

import { setDisclosureThreshold } from "./disclosure-settings";

export const setDisclosureThresholdAction = defineAction({
  schema: disclosureThresholdSchema,
  permission: "settings:manage",
  handler: setDisclosureThreshold,
});
