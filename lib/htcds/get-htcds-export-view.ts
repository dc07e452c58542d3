import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { previewAnonymisedHtcds } from "./export-anonymised-htcds";
import { anonymisedExportSchema, type AnonymisedExportInput } from "./schemas";

// What /reports/htcds shows: the filter as understood (a malformed one falls back to every
// year), HQ's choice of offices, the anonymised file's preview (records, kept share,
// generalisation levels) and which forms the user may use. No personal data: counts only.
export async function getHtcdsExportView(actor: Actor, params: Record<string, unknown>) {
  assertCan(actor, "htcds:export-anonymised");
  const parsed = anonymisedExportSchema.safeParse(params);
  const filter: AnonymisedExportInput = parsed.success
    ? parsed.data
    : { office: null, yearFrom: null, yearTo: null };
  const isHq = actor.role === "HQ";
  const [offices, preview] = await Promise.all([
    isHq
      ? db.office.findMany({
          orderBy: { code: "asc" },
          select: { id: true, code: true, name: true },
        })
      : Promise.resolve([]),
    previewAnonymisedHtcds(actor, isHq ? filter : { ...filter, office: null }),
  ]);
  return {
    filter,
    offices,
    preview,
    canChooseOffice: isHq,
    canExportCases: can(actor, "htcds:export-cases"),
    canIncludeIdentifying: can(actor, "htcds:export-identifying"),
  };
}
export type HtcdsExportView = Awaited<ReturnType<typeof getHtcdsExportView>>;

// The anonymised file's address for a filter: ids and years only, never a name.
export function anonymisedHref(filter: AnonymisedExportInput): string {
  const params = new URLSearchParams();
  if (filter.office) params.set("office", filter.office);
  if (filter.yearFrom !== null) params.set("yearFrom", String(filter.yearFrom));
  if (filter.yearTo !== null) params.set("yearTo", String(filter.yearTo));
  const query = params.toString();
  return `/api/htcds/anonymised${query ? `?${query}` : ""}`;
}
