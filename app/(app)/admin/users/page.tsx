import { getTranslations } from "next-intl/server";

import { CreateUserForm } from "@/components/admin/user-form";
import { UserList } from "@/components/admin/user-list";
import { PageHeader, Section } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listOffices } from "@/lib/offices/manage-offices";
import { listUsers } from "@/lib/users/list-users";

export default async function UsersPage() {
  const user = await requirePermission("user:manage");
  const [users, offices] = await Promise.all([listUsers(user), listOffices(user)]);
  const t = await getTranslations("admin.users");
  return (
    <>
      <PageHeader title={t("title")} />
      <Section title={t("add")}>
        <CreateUserForm offices={offices} />
      </Section>
      <Section title={t("title")}>
        <UserList users={users} offices={offices} />
      </Section>
    </>
  );
}
