import { z } from "zod";

import { choice, optionalId, requiredText } from "@/lib/forms/fields";
import { DocumentType } from "@/lib/generated/prisma/enums";

// The form fields sent before the file in an upload (multipart/form-data). Only a consent
// form names the consent it proves.
export const uploadDocumentSchema = z
  .object({
    caseId: z.uuid("invalidChoice"),
    type: choice(DocumentType),
    consentId: optionalId,
  })
  .superRefine((value, ctx) => {
    if (value.consentId && value.type !== "CONSENT_FORM")
      ctx.addIssue({ code: "custom", path: ["consentId"], message: "consentOnlyForConsentForm" });
  });
export type UploadDocumentInput = z.output<typeof uploadDocumentSchema>;

// Deleting erases the bytes; the row keeps who, when and why.
export const deleteDocumentSchema = z.object({
  documentId: z.uuid("invalidChoice"),
  reason: requiredText(1000),
});
export type DeleteDocumentInput = z.output<typeof deleteDocumentSchema>;
