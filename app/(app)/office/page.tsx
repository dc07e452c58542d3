import { getTranslations } from "next-intl/server";

import { OfficeOverview } from "@/components/office/office-overview";
import { WorklistView } from "@/components/office/worklist-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getOfficeOverview } from "@/lib/offices/get-office-overview";
import { listWorklist } from "@/lib/worklist/list-worklist";

export default async function OfficePage() {
  const user = await requirePermission("office:view-dashboard");
  const [worklist, overview] = await Promise.all([listWorklist(user), getOfficeOverview(user)]);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("office.title", { office: overview.office.name })} />
      <WorklistView worklist={worklist} />
      <OfficeOverview overview={overview} />
    </>
  );
}
