import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CaseExportLinks } from "@/components/case-export/case-export-links";
import { AssigneeViews } from "@/components/cases/assignee-views";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseTable } from "@/components/cases/case-table";
import { DrillDownSummary } from "@/components/cases/drill-down-summary";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listCaseHolders } from "@/lib/cases/case-holders";
import { effectiveAssignee, pageSizes, type CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";
import { listCases } from "@/lib/cases/list-cases";
import { readCaseListParams } from "@/lib/cases/read-case-list-params";

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("case:read");
  const { query, urlState, searchDropped } = readCaseListParams(await searchParams, user.id);
  const [result, holders] = await Promise.all([listCases(user, query), listCaseHolders(user)]);
  const holder = {
    userId: user.id,
    assignee: result.assignee,
    defaultAssignee: effectiveAssignee({ ...urlState, assignee: undefined }, user),
    holders,
  };
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("caseList.title")}>
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
      {/* Keyed on the URL: back and forward show the filters of the list they show. */}
      <AssigneeViews urlState={urlState} {...holder} />
      <CaseFilters
        key={caseListHref(urlState)}
        urlState={urlState}
        searchText={query.q ?? ""}
        holder={holder}
      />
      <CaseExportLinks urlState={urlState} total={result.total} />
      <DrillDownSummary urlState={urlState} total={result.total} people={result.people} />
      {result.total === 0 ? (
        <EmptyState>{t("caseList.empty")}</EmptyState>
      ) : (
        <>
          <CaseTable
            rows={result.rows}
            urlState={urlState}
            holders={can(user, "case:reassign") ? holders : undefined}
          />
          <Pagination
            page={result.page}
            size={result.size}
            total={result.total}
            hrefFor={(page) => caseListHref(urlState, { page })}
            sizes={pageSizes}
            sizeHrefFor={(size) =>
              caseListHref(urlState, { size: size as CaseListQuery["size"], page: 1 })
            }
          />
        </>
      )}
    </>
  );
}
