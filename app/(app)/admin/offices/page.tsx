import { getTranslations } from "next-intl/server";

import { CreateOfficeForm } from "@/components/admin/office-form";
import { SecondApprovalForm } from "@/components/admin/second-approval-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/geo/countries";
import { fromMinorUnits } from "@/lib/money/currency";
import { listOffices } from "@/lib/offices/manage-offices";

export default async function OfficesPage() {
  const user = await requirePermission("office:manage");
  const offices = await listOffices(user);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("admin.offices.title")} />
      <Section title={t("admin.offices.add")}>
        <CreateOfficeForm />
      </Section>
      <Section title={t("admin.offices.title")}>
        {offices.length === 0 ? (
          <EmptyState>{t("admin.offices.empty")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("admin.offices.title")}
            headers={[
              t("admin.offices.code"),
              t("admin.offices.name"),
              t("admin.offices.hostCountry"),
              t("nav.users"),
              t("nav.projects"),
              t("admin.offices.secondApproval"),
            ]}
            rows={offices.map((office) => [
              office.code,
              office.name,
              countryName(office.hostCountry),
              office._count.users,
              office._count.projects,
              <SecondApprovalForm
                key={office.id}
                office={office.code}
                initialValues={{
                  officeId: office.id,
                  currency: office.secondApprovalCurrency ?? "",
                  amount:
                    office.secondApprovalMinor !== null && office.secondApprovalCurrency
                      ? fromMinorUnits(office.secondApprovalMinor, office.secondApprovalCurrency)
                      : "",
                }}
              />,
            ])}
          />
        )}
      </Section>
    </>
  );
}
