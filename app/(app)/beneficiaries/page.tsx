import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { BeneficiarySearchForm } from "@/components/beneficiaries/beneficiary-search";
import { BeneficiaryTable } from "@/components/beneficiaries/beneficiary-table";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/session";
import {
  beneficiaryListHref,
  beneficiaryPageSizes,
  type BeneficiaryListUrlState,
} from "@/lib/beneficiaries/beneficiary-list-query";
import { listBeneficiaries } from "@/lib/beneficiaries/list-beneficiaries";
import { readBeneficiaryListParams } from "@/lib/beneficiaries/read-beneficiary-list-params";

export default async function BeneficiariesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("beneficiary:read");
  const { query, urlState, searchDropped } = readBeneficiaryListParams(await searchParams, user.id);
  const result = await listBeneficiaries(user, query);
  const t = await getTranslations();
  const isFiltered = Boolean(query.search || query.nationality);
  return (
    <>
      <PageHeader title={t("registry.title")}>
        <Link
          href="/beneficiaries/new"
          className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800"
        >
          {t("beneficiary.registerTitle")}
        </Link>
      </PageHeader>
      {searchDropped && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {t("caseList.searchDropped")}
        </p>
      )}
      {/* Keyed on the URL: back and forward show the search of the list they show. */}
      <BeneficiarySearchForm
        key={beneficiaryListHref(urlState)}
        urlState={urlState}
        search={query.search}
      />
      {result.total === 0 ? (
        <EmptyState>
          {isFiltered ? t("registry.emptySearch") : t("registry.empty")}{" "}
          <Link href="/beneficiaries/new" className="text-blue-700 underline">
            {t("beneficiary.registerTitle")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <BeneficiaryTable rows={result.rows} urlState={urlState} />
          <Pagination
            page={result.page}
            size={result.size}
            total={result.total}
            hrefFor={(page) => beneficiaryListHref(urlState, { page })}
            sizes={beneficiaryPageSizes}
            sizeHrefFor={(size) =>
              beneficiaryListHref(urlState, {
                size: size as BeneficiaryListUrlState["size"],
                page: 1,
              })
            }
          />
        </>
      )}
    </>
  );
}
