"use server";

import { createOffice } from "@/lib/offices/manage-offices";
import { createOfficeSchema, setSecondApprovalThresholdSchema } from "@/lib/offices/schemas";
import { setSecondApprovalThreshold } from "@/lib/offices/set-second-approval-threshold";
import { serverAction } from "@/lib/safe-action";

export const createOfficeAction = serverAction({
  schema: createOfficeSchema,
  permission: "office:manage",
  handler: createOffice,
  revalidate: "/admin/offices",
});
export const setSecondApprovalThresholdAction = serverAction({
  schema: setSecondApprovalThresholdSchema,
  permission: "office:manage",
  handler: setSecondApprovalThreshold,
  revalidate: "/admin/offices",
});
