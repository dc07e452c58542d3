import { getTranslations } from "next-intl/server";

import { InboxList } from "@/components/inbox/inbox-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { listInbox } from "@/lib/inbox/list-inbox";

export default async function InboxPage() {
  const user = await requirePermission("inbox:read");
  const messages = await listInbox(user);
  const t = await getTranslations("inbox");
  return (
    <>
      <PageHeader title={t("title")} />
      <InboxList messages={messages} />
    </>
  );
}
