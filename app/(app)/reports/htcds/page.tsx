import { HtcdsExportPage } from "@/components/htcds/htcds-export-page";
import { requirePermission } from "@/lib/auth/session";
import { getHtcdsExportView } from "@/lib/htcds/get-htcds-export-view";

export default async function HtcdsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("htcds:export-anonymised");
  return <HtcdsExportPage view={await getHtcdsExportView(user, await searchParams)} />;
}
