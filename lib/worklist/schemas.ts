import { z } from "zod";

import { day, idempotencyKey, requiredText, version } from "@/lib/forms/fields";

// A follow-up: a day and a short text, on a case of the user's office.
export const addFollowUpSchema = z.object({
  caseId: z.uuid("invalidChoice"),
  dueOn: day,
  text: requiredText(200),
  idempotencyKey,
});
export type AddFollowUpInput = z.input<typeof addFollowUpSchema>;

export const completeFollowUpSchema = z.object({
  followUpId: z.uuid("invalidChoice"),
  version,
});
export type CompleteFollowUpInput = z.input<typeof completeFollowUpSchema>;

// What falls due in an office, as an admin types it: monitoring months as a list ("3, 6, 12";
// blank: no monitoring visits are listed), the survey's months, the days a case may stay idle.
const wholeNumber = (max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, message)
    .transform(Number)
    .refine((value) => value >= 1 && value <= max, message);

export const setWorklistSettingsSchema = z.object({
  officeId: z.uuid("invalidChoice"),
  monitoringMonths: z
    .string()
    .trim()
    .max(60, "tooLong")
    .regex(/^(\d{1,2}(\s*,\s*\d{1,2})*)?$/, "invalidMonthList")
    .transform((value) =>
      value ? [...new Set(value.split(",").map((part) => Number(part.trim())))] : [],
    )
    .refine(
      (months) => months.length <= 12 && months.every((month) => month >= 1 && month <= 60),
      "invalidMonthList",
    )
    .transform((months) => months.sort((a, b) => a - b)),
  surveyMonths: wholeNumber(60, "invalidSurveyMonths"),
  inactivityDays: wholeNumber(365, "invalidInactivityDays"),
});
export type SetWorklistSettingsInput = z.input<typeof setWorklistSettingsSchema>;
