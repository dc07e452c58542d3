"use server";

import { createOffice } from "@/lib/offices/manage-offices";
import {
  createOfficeSchema,
  setOfficeLocalisationSchema,
  setSecondApprovalThresholdSchema,
} from "@/lib/offices/schemas";
import { setOfficeLocalisation } from "@/lib/offices/set-office-localisation";
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
export const setOfficeLocalisationAction = serverAction({
  schema: setOfficeLocalisationSchema,
  permission: "office:manage",
  handler: setOfficeLocalisation,
  revalidate: "/admin/offices",
});
