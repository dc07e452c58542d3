import { getTranslations } from "next-intl/server";
import type { getCase } from "@/lib/cases/get-case";
import { formatDay } from "@/lib/dates";
import { countryName } from "@/lib/geo/countries";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";

type CaseRecord = NonNullable<Awaited<ReturnType<typeof getCase>>>;

export async function CaseSummary({ record }: { record: CaseRecord }) {
  const t = await getTranslations();
  const { beneficiary } = record;
  const facts: [string, string][] = [
    [t("cases.kind"), t(`vocab.CaseKind.${record.kind}`)],
    [t("cases.status"), t(`vocab.CaseStatus.${record.status}`)],
    [t("cases.opened"), formatDay(record.openedOn)],
    [t("cases.closed"), formatDay(record.closedOn) || "—"],
    [t("cases.office"), `${record.office.code} · ${record.office.name}`],
    [t("cases.project"), `${record.project.code} · ${record.project.title}`],
    [t("cases.beneficiary"), `${beneficiary.givenName} ${beneficiary.familyName} (${beneficiary.ref}) · ${t(`vocab.Sex.${beneficiary.sex}`)} · ${beneficiary.nationality ? countryName(beneficiary.nationality) : "—"}`],
  ];
  return (
    <>
      <PageHeader title={t("cases.title", { ref: record.ref })} />
      <dl className="grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <Section title={t("cases.services")}>
        {record.services.length === 0 ? (
          <EmptyState>{t("cases.noServices")}</EmptyState>
        ) : (
          <SimpleTable
            headers={[t("cases.serviceDate"), t("cases.serviceType")]}
            rows={record.services.map((service) => [formatDay(service.deliveredOn), t(`vocab.ServiceType.${service.type}`)])}
          />
        )}
      </Section>
    </>
  );
}
