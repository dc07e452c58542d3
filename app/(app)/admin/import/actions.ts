"use server";
import { importFilesAction } from "@/lib/interchange/actions";
import { runAction } from "@/lib/safe-action";

// Takes the upload form's FormData; anything else is validated (and refused) the same way.
export async function importFiles(input: unknown) {
  const files = input instanceof FormData ? input.getAll("files").filter((entry) => entry instanceof File && entry.size > 0) : undefined;
  return runAction(importFilesAction, { files }, { revalidate: "/admin" });
}
