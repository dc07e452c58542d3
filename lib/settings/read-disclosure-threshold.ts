import type { DbOrTx } from "@/lib/db";
import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";

// The threshold every report, export and API answer uses: the admin's stored value, but
// never below the floor (REPORT_SPEC's 10, raised by REPORT_DISCLOSURE_THRESHOLD if set).
// No "server-only": the export worker and `npm run report` read it too.
export async function readDisclosureThreshold(client: DbOrTx): Promise<number> {
  const settings = await client.appSettings.findUnique({
    where: { id: true },
    select: { disclosureThreshold: true },
  });
  return Math.max(disclosureThreshold(), settings?.disclosureThreshold ?? 0);
}
