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

export const actorSelect = { id: true, role: true, officeId: true, name: true, email: true } as const;
