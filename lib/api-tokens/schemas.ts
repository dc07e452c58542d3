import { z } from "zod";

import { requiredText } from "@/lib/forms/fields";

// The lifetimes offered on /account; the server accepts any whole number of days up to 365.
export const API_TOKEN_LIFETIMES = [30, 90, 180, 365] as const;
export const maxApiTokenDays = 365;

export const createApiTokenSchema = z.object({
  name: requiredText(80),
  expiresInDays: z.coerce
    .number("invalidChoice")
    .int("invalidChoice")
    .min(1, "invalidChoice")
    .max(maxApiTokenDays, "invalidChoice"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid("invalidChoice") });
