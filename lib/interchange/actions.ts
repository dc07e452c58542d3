import "server-only";
import { defineAction } from "@/lib/safe-action";
import { importUploadedFiles, importUploadSchema } from "./import-uploaded-files";

export const importFilesAction = defineAction({ schema: importUploadSchema, permission: "data:import", handler: importUploadedFiles });
