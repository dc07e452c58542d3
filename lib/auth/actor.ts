import type { Role } from "@/lib/generated/prisma/enums";

// The acting user as every domain function receives it: reloaded from the database on
// each request, never trusted from the token.
export type Actor = {
  id: string;
  role: Role;
  officeId: string | null;
  name: string;
  email: string;
};

export const actorSelect = {
  id: true,
  role: true,
  officeId: true,
  name: true,
  email: true,
} as const;

// A signed-in user as the session knows them. mustEnrollMfa: the role requires MFA and no
// authenticator is active yet, so only the enrollment page and its actions are open.
export type SignedInUser = Actor & { mustEnrollMfa: boolean };
