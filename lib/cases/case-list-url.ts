import type { CaseListQuery } from "@/lib/cases/case-list-query";

const defaults: Partial<Record<keyof CaseListQuery, string | number>> = {
  sort: "openedOn",
  dir: "desc",
  page: 1,
  size: 25,
};

// The list's state as a shareable URL; defaults are left out so links stay short.
export function caseListHref(
  query: Partial<CaseListQuery>,
  changes: Partial<CaseListQuery> = {},
): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if (defaults[key as keyof CaseListQuery] === value) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/cases?${search}` : "/cases";
}
