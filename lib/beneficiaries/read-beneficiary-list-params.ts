import "server-only";

import {
  beneficiaryListQuerySchema,
  type BeneficiaryListQuery,
} from "@/lib/beneficiaries/beneficiary-list-query";
import { openBeneficiarySearch } from "@/lib/beneficiaries/beneficiary-search-token";

// Like the case list (lib/cases/read-case-list-params.ts): a token that does not open is
// dropped, not an error, and `searchDropped` asks the page for a notice.
export function readBeneficiaryListParams(
  searchParams: Record<string, string | string[] | undefined>,
  userId: string,
  now = new Date(),
) {
  const urlState = beneficiaryListQuerySchema.parse(searchParams);
  const search = urlState.q ? openBeneficiarySearch(urlState.q, userId, now) : null;
  const query: BeneficiaryListQuery = {
    nationality: urlState.nationality,
    sort: urlState.sort,
    dir: urlState.dir,
    page: urlState.page,
    size: urlState.size,
    search,
  };
  return {
    query,
    urlState: { ...urlState, q: search ? urlState.q : undefined },
    searchDropped: Boolean(urlState.q) && !search,
  };
}
