import "server-only";

import { caseListQuerySchema, type CaseListQuery } from "@/lib/cases/case-list-query";
import { openSearchText } from "@/lib/cases/case-search-token";

// The URL carries the search text sealed for the user; the query runs on the plain text. A
// token that does not open (another user's, expired, old secret, tampering) is dropped, not
// an error: the list shows without the search and `searchDropped` asks for a notice.
export function readCaseListParams(
  searchParams: Record<string, string | string[] | undefined>,
  userId: string,
  now = new Date(),
) {
  const urlState = caseListQuerySchema.parse(searchParams);
  const searchText = urlState.q
    ? (openSearchText(urlState.q, userId, now) ?? undefined)
    : undefined;
  const query: CaseListQuery = { ...urlState, q: searchText };
  return {
    query,
    urlState: { ...urlState, q: searchText ? urlState.q : undefined },
    searchDropped: Boolean(urlState.q) && !searchText,
  };
}
