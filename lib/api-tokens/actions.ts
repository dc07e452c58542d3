"use server";

import { serverAction } from "@/lib/safe-action";

import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "./schemas";

export const createApiTokenAction = serverAction({
  permission: "api-token:manage-own",
  schema: createApiTokenSchema,
  handler: createApiToken,
  revalidate: "/account",
});

export const revokeApiTokenAction = serverAction({
  permission: "api-token:manage-own",
  schema: revokeApiTokenSchema,
  handler: revokeApiToken,
  revalidate: "/account",
});
