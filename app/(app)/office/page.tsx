import { getTranslations } from "next-intl/server";

import { OfficeOverview } from "@/components/office/office-overview";
import { requirePermission } from "@/lib/auth/session";
import { getOfficeOverview } from "@/lib/offices/get-office-overview";

export default async function OfficePage() {
  const user = await requirePermission("office:view-dashboard");
  const overview = await getOfficeOverview(user);
  const t = await getTranslations();
  return (
    <OfficeOverview
      overview={overview}
      title={t("office.title", { office: overview.office.name })}
    />
  );
}
