import "server-only";

import { caseListQuerySchema, type CaseListQuery } from "@/lib/cases/case-list-query";
import { unsealText } from "@/lib/crypto/sealed-text";

// The URL carries the search text sealed; the query runs on the plain text. A token that
// does not unseal (old secret, tampering) is dropped, not an error.
export function readCaseListParams(searchParams: Record<string, string | string[] | undefined>) {
  const urlState = caseListQuerySchema.parse(searchParams);
  const searchText = urlState.q ? (unsealText(urlState.q) ?? undefined) : undefined;
  const query: CaseListQuery = { ...urlState, q: searchText };
  return { query, urlState: { ...urlState, q: searchText ? urlState.q : undefined } };
}
