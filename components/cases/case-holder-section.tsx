import { getTranslations } from "next-intl/server";

import { ReassignControl } from "@/components/cases/reassign-control";
import { Section } from "@/components/ui/page-header";
import type { CaseHolder } from "@/lib/cases/case-holders";
import type { CaseDetail } from "@/lib/cases/get-case";

// Who holds the case and, for a supervisor (`holders` given), the control to give it to
// another caseworker or supervisor of the office.
export async function CaseHolderSection({
  record,
  holders,
}: {
  record: CaseDetail;
  holders: CaseHolder[] | null;
}) {
  if (!holders || record.anonymisedAt) return null;
  const t = await getTranslations("assignment");
  return (
    <Section title={t("sectionTitle")}>
      <p className="mb-3 text-sm text-slate-700">
        {record.assignedTo ? t("heldBy", { name: record.assignedTo.name }) : t("heldByNobody")}
      </p>
      <ReassignControl
        key={record.version}
        id="case-reassign"
        cases={[{ caseId: record.id, version: record.version }]}
        holders={holders.filter((holder) => holder.id !== record.assignedTo?.id)}
      />
    </Section>
  );
}
