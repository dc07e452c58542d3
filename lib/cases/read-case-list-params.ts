import "server-only";

import { unsealText } from "@/lib/crypto/sealed-text";
import { caseListQuerySchema, type CaseListQuery } from "@/lib/validations/case-list";

// The URL carries the search text sealed; the query runs on the plain text. A token that
// does not unseal (old secret, tampering) is dropped, not an error.
export function readCaseListParams(searchParams: Record<string, string | string[] | undefined>) {
  const urlState = caseListQuerySchema.parse(searchParams);
  const searchText = urlState.q ? (unsealText(urlState.q) ?? undefined) : undefined;
  const query: CaseListQuery = { ...urlState, q: searchText };
  return { query, urlState: { ...urlState, q: searchText ? urlState.q : undefined } };
}
