import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

const providerSelect = {
  id: true,
  name: true,
  type: true,
  services: true,
  phone: true,
  email: true,
  address: true,
  isActive: true,
  version: true,
} as const;

// The directory of the actor's office, active providers first, then by name.
export async function listProviders(actor: Actor, options: { activeOnly?: boolean } = {}) {
  assertCan(actor, "case:read");
  return db.serviceProvider.findMany({
    where: { ...officeScope(actor), ...(options.activeOnly ? { isActive: true } : {}) },
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: providerSelect,
  });
}
export type ProviderRow = Awaited<ReturnType<typeof listProviders>>[number];
