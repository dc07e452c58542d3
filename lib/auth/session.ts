import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { rememberRequestActor } from "@/lib/db-context";

// One database check per request, however many components ask.
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as Actor | undefined;
  if (!user?.id) return null;
  // The rest of this request's queries act for this user (row-level security).
  rememberRequestActor(user);
  return user;
});

export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

// For pages: anonymous visitors go to sign-in, signed-in users without the permission get 403.
export async function requirePermission(permission: Permission): Promise<Actor> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}
