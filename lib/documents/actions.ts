"use server";

import { deleteDocument } from "@/lib/documents/delete-document";
import { deleteDocumentSchema } from "@/lib/documents/schemas";
import { serverAction } from "@/lib/safe-action";

// Uploads and downloads are route handlers (app/api/documents), which stream.
export const deleteDocumentAction = serverAction({
  schema: deleteDocumentSchema,
  permission: "case:write",
  handler: deleteDocument,
});
