"use server";

import { createProvider } from "@/lib/providers/create-provider";
import { createProviderSchema, updateProviderSchema } from "@/lib/providers/schemas";
import { updateProvider } from "@/lib/providers/update-provider";
import { serverAction } from "@/lib/safe-action";

export const createProviderAction = serverAction({
  schema: createProviderSchema,
  permission: "provider:manage",
  handler: createProvider,
  revalidate: "/office/providers",
});
export const updateProviderAction = serverAction({
  schema: updateProviderSchema,
  permission: "provider:manage",
  handler: updateProvider,
  revalidate: "/office/providers",
});
