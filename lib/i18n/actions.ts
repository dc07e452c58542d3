"use server";

import { chooseLanguage, chooseVisitorLanguage } from "@/lib/i18n/choose-language";
import { chooseLanguageSchema, chooseVisitorLanguageSchema } from "@/lib/i18n/schemas";
import { publicAction, serverAction } from "@/lib/safe-action";

export const chooseLanguageAction = serverAction({
  schema: chooseLanguageSchema,
  permission: "account:manage-own",
  // The switcher is in the header of the enrollment page too.
  allowDuringMfaEnrollment: true,
  handler: chooseLanguage,
});

// Public: it only sets the visitor's own language cookie, and reads nothing.
export const chooseVisitorLanguageAction = publicAction({
  schema: chooseVisitorLanguageSchema,
  handler: chooseVisitorLanguage,
});
