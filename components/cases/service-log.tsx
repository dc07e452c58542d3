import { getFormatter, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { CaseDetail } from "@/lib/cases/get-case";
import { showDay, showMoney } from "@/lib/i18n/format";

export async function ServiceLog({ services }: { services: CaseDetail["services"] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (services.length === 0) return <EmptyState>{t("cases.noServices")}</EmptyState>;
  return (
    <SimpleTable
      caption={t("cases.services")}
      headers={[
        t("service.deliveredOn"),
        t("service.type"),
        t("service.provider"),
        t("service.amount"),
        t("service.note"),
      ]}
      rows={services.map((service) => [
        showDay(format, service.deliveredOn),
        t(`vocabulary.ServiceType.${service.type}`),
        service.provider ?? "—",
        service.amountMinor !== null && service.currency
          ? showMoney(format, service.amountMinor, service.currency)
          : "—",
        service.note ?? "",
      ])}
    />
  );
}
