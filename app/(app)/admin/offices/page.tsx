import { getLocale, getTranslations } from "next-intl/server";

import { CreateOfficeForm } from "@/components/admin/office-form";
import { OfficeLocalisationForm } from "@/components/admin/office-localisation-form";
import { SecondApprovalForm } from "@/components/admin/second-approval-form";
import { WorklistSettingsForm } from "@/components/office/worklist-settings-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { requirePermission } from "@/lib/auth/session";
import { countryName } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/config";
import { listTimeZones } from "@/lib/i18n/time-zones";
import { fromMinorUnits } from "@/lib/money/currency";
import { listOffices } from "@/lib/offices/manage-offices";
import { DEFAULT_MONITORING_MONTHS } from "@/lib/worklist/worklist-item";

export default async function OfficesPage() {
  const user = await requirePermission("office:manage");
  const offices = await listOffices(user);
  const t = await getTranslations();
  const locale = await getLocale();
  const timeZones = listTimeZones();
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
              t("localisation.office"),
              t("worklist.settings.column"),
            ]}
            rows={offices.map((office) => [
              office.code,
              office.name,
              countryName(office.hostCountry, locale),
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
              <OfficeLocalisationForm
                key={`${office.id}-localisation`}
                office={office.code}
                timeZones={timeZones}
                initialValues={{
                  officeId: office.id,
                  defaultLocale: office.defaultLocale as Locale,
                  timeZone: office.timeZone,
                }}
              />,
              <WorklistSettingsForm
                key={`${office.id}-worklist`}
                office={office.code}
                initialValues={{
                  officeId: office.id,
                  monitoringMonths: (office.monitoringMonths ?? DEFAULT_MONITORING_MONTHS).join(
                    ", ",
                  ),
                  surveyMonths: String(office.surveyMonths),
                  inactivityDays: String(office.inactivityDays),
                }}
              />,
            ])}
          />
        )}
      </Section>
    </>
  );
}
