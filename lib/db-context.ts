import { AsyncLocalStorage } from "node:async_hooks";

import { cache } from "react";

// Who the database is acting for. lib/db.ts sets it at the start of every transaction
// (set_config(..., true)); the row-level security policies read it. Scope "all" lifts the
// office restriction and is set only by the code paths named in SystemTask, never from input.
// The part of the acting user (lib/auth/actor.ts) the database needs; stated here so that
// this module, below every domain, imports none of them.
type ActingUser = { id: string; officeId: string | null };

export type DbContext = { userId: string | null; officeId: string | null; scope: "office" | "all" };
export type SystemTask =
  "report" | "import" | "export" | "seed" | "job" | "hand-over" | "anonymise" | "case-holders";

// Next.js bundles this module once per layer (pages, actions, instrumentation), but lib/db's
// pool is one per process and may come from any of them: the storage is shared through
// globalThis, and each copy registers its own per-request lookup.
type Registry = {
  storage: AsyncLocalStorage<DbContext>;
  requestLookups: Set<() => DbContext | undefined>;
  fallback?: DbContext;
};
const globalForContext = globalThis as unknown as { passageDbContext?: Registry };
const registry = (globalForContext.passageDbContext ??= {
  storage: new AsyncLocalStorage(),
  requestLookups: new Set(),
});
const storage = registry.storage;

// Server components cannot wrap the rest of a render in a callback: the signed-in user
// is remembered per request instead (React's cache is per request on the server, and
// outside a render it remembers nothing).
const requestContext = cache((): { current?: DbContext } => ({}));
registry.requestLookups.add(() => requestContext().current);

export function actorContext(actor: ActingUser): DbContext {
  return { userId: actor.id, officeId: actor.officeId, scope: "office" };
}

// Awaited inside the context: Prisma's promises are lazy and would otherwise run their
// query later, outside it, and see nothing.
function runIn<T>(context: DbContext, work: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(context, async () => await work());
}

export function withActor<T>(actor: ActingUser, work: () => T | PromiseLike<T>): Promise<T> {
  return runIn(actorContext(actor), work);
}

export function asSystem<T>(
  task: SystemTask,
  work: () => T | PromiseLike<T>,
  userId: string | null = null,
): Promise<T> {
  void task; // names the reason at the call site, so every "all" scope can be found by grep
  return runIn({ userId, officeId: null, scope: "all" }, work);
}

export function rememberRequestActor(actor: ActingUser): void {
  requestContext().current = actorContext(actor);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

// The settings the row-level security policies read, local to the transaction. Values are
// checked before they are inlined, so that they can share a round trip with BEGIN.
export function settingsSql(context: DbContext): string {
  const uuidOrEmpty = (value: string | null) => (value && isUuid(value) ? value : "");
  const scope = context.scope === "all" ? "all" : "office";
  // System scope is a role of its own (prisma/migrations/*_office_scope_by_equality): the
  // app's role switches to it for the transaction, and back at its end.
  const role = scope === "all" ? ", set_config('role', 'passage_system', true)" : "";
  return (
    `SELECT set_config('passage.user_id', '${uuidOrEmpty(context.userId)}', true), ` +
    `set_config('passage.office_id', '${uuidOrEmpty(context.officeId)}', true), set_config('passage.scope', '${scope}', true)` +
    role
  );
}

// For code that drives a pg client itself (imports, exports, seeds): run after BEGIN.
export function systemSettingsSql(task: SystemTask, userId: string | null = null): string {
  void task;
  return settingsSql({ userId, officeId: null, scope: "all" });
}

// Tests only (lib/testing/setup-database.ts): domain functions called directly, without
// the request wrappers, act in system scope unless a test sets an actor.
export function setFallbackDbContextForTests(context: DbContext | undefined): void {
  registry.fallback = context;
}

function requestActorContext(): DbContext | undefined {
  for (const lookup of registry.requestLookups) {
    const context = lookup();
    if (context) return context;
  }
  return undefined;
}

export function currentDbContext(): DbContext | undefined {
  return storage.getStore() ?? requestActorContext() ?? registry.fallback;
}
