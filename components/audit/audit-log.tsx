import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SimpleTable } from "@/components/ui/simple-table";
import type { listAuditEntries } from "@/lib/admin/list-audit-entries";
import type { AuditListQuery } from "@/lib/admin/schemas";

type Result = Awaited<ReturnType<typeof listAuditEntries>>;
const entityTypes = ["case", "beneficiary", "user", "office", "project", "report_export"] as const;

function hrefFor(query: AuditListQuery, page: number): string {
  const params = new URLSearchParams(
    Object.entries({ ...query, page }).flatMap(([key, value]) =>
      value === undefined || value === "" ? [] : [[key, String(value)]],
    ),
  );
  return `/admin/audit?${params}`;
}

export async function AuditLog({ query, result }: { query: AuditListQuery; result: Result }) {
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} />
      <form
        method="get"
        action="/admin/audit"
        role="search"
        aria-label={t("filters")}
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <Field id="audit-action" label={t("action")}>
          <Input
            id="audit-action"
            name="action"
            defaultValue={query.action ?? ""}
            placeholder="case."
          />
        </Field>
        <Field id="audit-entityType" label={t("entityType")}>
          <Select id="audit-entityType" name="entityType" defaultValue={query.entityType ?? ""}>
            <option value="">{t("any")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {t(`entities.${type}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="audit-entityId" label={t("entityId")}>
          <Input id="audit-entityId" name="entityId" defaultValue={query.entityId ?? ""} />
        </Field>
        <Field id="audit-from" label={t("from")}>
          <Input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </Field>
        <Field id="audit-to" label={t("to")}>
          <Input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
        </Field>
        <div className="flex items-end">
          <Button type="submit">{t("apply")}</Button>
        </div>
      </form>
      {result.total === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <>
          <SimpleTable
            caption={t("title")}
            headers={[
              "#",
              t("at"),
              t("actor"),
              t("action"),
              t("entityType"),
              t("entityId"),
              t("office"),
              t("fields"),
            ]}
            rows={result.rows.map((row) => [
              row.seq,
              `${row.at.toISOString().slice(0, 19).replace("T", " ")} UTC`,
              row.actorName ?? "—",
              row.action,
              row.entityType,
              row.entityId ?? "—",
              row.officeCode ?? "—",
              row.changedFields.join(", "),
            ])}
          />
          <Pagination
            page={result.page}
            size={result.size}
            total={result.total}
            hrefFor={(page) => hrefFor(query, page)}
          />
        </>
      )}
    </>
  );
}
