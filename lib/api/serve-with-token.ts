import "server-only";

import {
  authenticateApiToken,
  recordApiUse,
  spendApiAllowance,
} from "@/lib/api-tokens/authenticate-api-token";
import { bearerToken } from "@/lib/api-tokens/token-secret";
import type { Actor } from "@/lib/auth/actor";
import { withActor } from "@/lib/db-context";

const noStore = { "Cache-Control": "no-store" };

function refuse(status: number, error: string, headers: Record<string, string> = {}) {
  return Response.json({ error }, { status, headers: { ...noStore, ...headers } });
}

export type ApiEndpoint = (actor: Actor, params: URLSearchParams) => Promise<Response>;

// The aggregates API (/api/v1): the only routes a personal access token opens, and they open
// with nothing else (no session cookie). Who (the token, re-checked on every call), how often
// (a limit per token, kept in PostgreSQL), a trace in the audit chain, then the same answer
// the HQ session routes give, under the same disclosure control.
export async function serveWithToken(
  request: Request,
  endpoint: string,
  respond: ApiEndpoint,
): Promise<Response> {
  const token = bearerToken(request.headers.get("authorization"));
  const caller = token ? await authenticateApiToken(token) : null;
  if (!caller) return refuse(401, "UNAUTHENTICATED", { "WWW-Authenticate": "Bearer" });
  const retryAfter = await spendApiAllowance(caller.tokenId);
  if (retryAfter !== null) return refuse(429, "THROTTLED", { "Retry-After": String(retryAfter) });
  await recordApiUse(caller, endpoint);
  const params = new URL(request.url).searchParams;
  return withActor(caller.actor, () => respond(caller.actor, params));
}
