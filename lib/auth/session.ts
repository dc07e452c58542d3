import "server-only";

import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import type { Actor, SignedInUser } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/auth/permissions";
import { rememberRequestActor } from "@/lib/db-context";

export const mfaEnrollmentPath = "/account/security";

// One database check per request, however many components ask.
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as SignedInUser | undefined;
  return user?.id ? user : null;
});

// The acting user for every guard. Someone who still has to enroll in MFA is nobody here:
// pages, route handlers and actions treat them as signed out, except the enrollment page
// and the actions marked allowDuringMfaEnrollment.
export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const user = await getSignedInUser();
  if (!user || user.mustEnrollMfa !== false) return null;
  const actor = {
    id: user.id,
    role: user.role,
    officeId: user.officeId,
    name: user.name,
    email: user.email,
  };
  // The rest of this request's queries act for this user (row-level security).
  rememberRequestActor(actor);
  return actor;
});

export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (user) return user;
  redirect((await getSignedInUser()) ? mfaEnrollmentPath : "/sign-in");
}

// For pages: anonymous visitors go to sign-in, signed-in users without the permission get 403.
export async function requirePermission(permission: Permission): Promise<Actor> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}

// For the enrollment page only: also lets in a user who must enroll before anything else.
export async function requireSignedInUser(permission: Permission): Promise<SignedInUser> {
  const user = await getSignedInUser();
  if (!user) redirect("/sign-in");
  if (!can(user, permission)) forbidden();
  return user;
}
