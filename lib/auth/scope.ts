import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

// Field staff see only their own office's records. Spread into every query's `where`, so
// another office's record is indistinguishable from one that does not exist.
export function officeScope(actor: Actor): { officeId: string } {
  const isFieldRole = actor.role === "CASEWORKER" || actor.role === "SUPERVISOR";
  if (!isFieldRole || !actor.officeId) throw new AppError("FORBIDDEN");
  return { officeId: actor.officeId };
}
