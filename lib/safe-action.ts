import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, getSignedInUser } from "@/lib/auth/session";
import { withActor } from "@/lib/db-context";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: ErrorCode; fieldErrors?: Record<string, string[]> };

export type ActionDefinition<S extends z.ZodType, T> = {
  schema: S;
  permission: Permission;
  // Also open to a signed-in user whose role requires MFA and who has not enrolled yet.
  allowDuringMfaEnrollment?: boolean;
  handler: (actor: Actor, input: z.output<S>) => Promise<T>;
};

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function toFailure(error: unknown): ActionResult<never> {
  if (isAppError(error)) return { ok: false, error: error.code, fieldErrors: error.fieldErrors };
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return { ok: false, error: "NOT_FOUND" };
  }
  // The cause goes to the log, the user gets a generic message. Name and code only: driver messages can quote the offending values (emails, names).
  const code = (error as { code?: unknown } | null)?.code;
  const cause =
    error instanceof Error
      ? `${error.name}${typeof code === "string" ? ` ${code}` : ""}`
      : "unknown";
  console.error(`[action] unexpected failure: ${cause}`);
  return { ok: false, error: "INTERNAL" };
}

// Checks in this order: who is asking, may they, is the input valid; only then runs.
export async function executeAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  actor: Actor | null,
  input: unknown,
): Promise<ActionResult<T>> {
  if (!actor) return { ok: false, error: "UNAUTHENTICATED" };
  if (!can(actor, definition.permission)) return { ok: false, error: "FORBIDDEN" };
  const parsed = definition.schema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await withActor(actor, () => definition.handler(actor, parsed.data)) };
  } catch (error) {
    return toFailure(error);
  }
}

export type ServerAction<S extends z.ZodType, T> = ((
  input: unknown,
) => Promise<ActionResult<T>>) & { definition: ActionDefinition<S, T> };

// Turns a definition into the exported action of a "use server" file: the acting user is
// re-read from the session on every call (a server action is a public POST endpoint), and
// the pages showing what changed are refreshed after a success. `.definition` lets tests
// run the same checks with an explicit actor through executeAction.
export function serverAction<S extends z.ZodType, T>(
  options: ActionDefinition<S, T> & { revalidate?: string | readonly string[] },
): ServerAction<S, T> {
  const { revalidate, ...definition } = options;
  const paths = typeof revalidate === "string" ? [revalidate] : (revalidate ?? []);
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    const actor = definition.allowDuringMfaEnrollment
      ? await getSignedInUser()
      : await getCurrentUser();
    const result = await executeAction(definition, actor, input);
    if (result.ok) for (const path of paths) revalidatePath(path);
    return result;
  };
  return Object.assign(action, { definition });
}

export type PublicActionDefinition<S extends z.ZodType, T> = {
  schema: S;
  handler: (input: z.output<S>) => Promise<T>;
};

// For the few public actions (setting a password through a set-up link): there is no user,
// so no actor and no permission; whatever the handler needs as a credential (the link's
// token) is part of the validated input. Errors are mapped as for every other action.
export async function executePublicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
  input: unknown,
): Promise<ActionResult<T>> {
  const parsed = definition.schema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    return { ok: true, data: await definition.handler(parsed.data) };
  } catch (error) {
    return toFailure(error);
  }
}

export type PublicServerAction<S extends z.ZodType, T> = ((
  input: unknown,
) => Promise<ActionResult<T>>) & { definition: PublicActionDefinition<S, T> };

// The unauthenticated counterpart of serverAction: never reads the session, never runs as an
// actor. `.definition` lets tests call executePublicAction directly.
export function publicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
): PublicServerAction<S, T> {
  const action = async (input: unknown): Promise<ActionResult<T>> =>
    executePublicAction(definition, input);
  return Object.assign(action, { definition });
}
