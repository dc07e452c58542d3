"use server";

import { changeReferralStatus } from "@/lib/referrals/change-referral-status";
import { changeReferralStatusSchema, sendReferralSchema } from "@/lib/referrals/schemas";
import { sendReferral } from "@/lib/referrals/send-referral";
import { serverAction } from "@/lib/safe-action";

export const sendReferralAction = serverAction({
  schema: sendReferralSchema,
  permission: "case:write",
  handler: sendReferral,
});
export const changeReferralStatusAction = serverAction({
  schema: changeReferralStatusSchema,
  permission: "case:write",
  handler: changeReferralStatus,
});
