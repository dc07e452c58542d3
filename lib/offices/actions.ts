"use server";

import { createOffice } from "@/lib/offices/manage-offices";
import { setSecondApprovalThreshold } from "@/lib/offices/set-second-approval-threshold";
import { serverAction } from "@/lib/safe-action";
import { createOfficeSchema, setSecondApprovalSchema } from "@/lib/validations/office";

export const createOfficeAction = serverAction({
  schema: createOfficeSchema,
  permission: "office:manage",
  handler: createOffice,
  revalidate: "/admin/offices",
});
export const setSecondApprovalThresholdAction = serverAction({
  schema: setSecondApprovalSchema,
  permission: "office:manage",
  handler: setSecondApprovalThreshold,
  revalidate: "/admin/offices",
});
