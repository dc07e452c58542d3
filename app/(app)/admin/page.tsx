import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { requirePermission } from "@/lib/auth/session";

export default async function AdminPage() {
  const user = await requirePermission("user:manage");
  const overview = await getAdminOverview(user);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t("admin.title")} />
      <StatGrid>
        <Stat label={t("admin.usersCount")} value={overview.users} />
        <Stat label={t("admin.activeUsers")} value={overview.activeUsers} />
        <Stat label={t("admin.officesCount")} value={overview.offices} />
        <Stat label={t("admin.projectsCount")} value={overview.projects} />
      </StatGrid>
      <ul className="mt-8 flex gap-4 text-blue-700 underline">
        <li>
          <Link href="/admin/users">{t("nav.users")}</Link>
        </li>
        <li>
          <Link href="/admin/offices">{t("nav.offices")}</Link>
        </li>
        <li>
          <Link href="/admin/projects">{t("nav.projects")}</Link>
        </li>
      </ul>
    </>
  );
}
