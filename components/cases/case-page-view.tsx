import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CaseNotesSection } from "@/components/case-notes/case-notes-section";
import { CaseForm, type ProjectOption } from "@/components/cases/case-form";
import { CaseHolderSection } from "@/components/cases/case-holder-section";
import { CaseSummary } from "@/components/cases/case-summary";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { ServiceForm } from "@/components/cases/service-form";
import { ServiceLog } from "@/components/cases/service-log";
import { StatusChangeForm } from "@/components/cases/status-change-form";
import {
  DataProtectionSection,
  type DataProtectionProps,
} from "@/components/consent/data-protection-section";
import { CaseDocumentsSection } from "@/components/documents/case-documents-section";
import { ReferralsSection } from "@/components/referrals/referrals-section";
import { PageHeader, Section } from "@/components/ui/page-header";
import { editCaseValues } from "@/lib/cases/case-form-values";
import type { CaseHolder } from "@/lib/cases/case-holders";
import type { CaseDetail } from "@/lib/cases/get-case";
import type { TimelineEntry } from "@/lib/cases/get-case-timeline";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

type Props = {
  record: CaseDetail;
  timeline: TimelineEntry[];
  transitions: CaseStatus[];
  projects: ProjectOption[];
  dataProtection: Omit<DataProtectionProps, "record">;
  // For a supervisor: who may take the case over (lib/cases/case-holders.ts).
  holders?: CaseHolder[] | null;
};

export async function CasePageView({
  record,
  timeline,
  transitions,
  projects,
  dataProtection,
  holders = null,
}: Props) {
  const t = await getTranslations();
  const isClosed = record.status === "CLOSED";
  return (
    <>
      <PageHeader title={t("cases.title", { ref: record.ref })} />
      <CaseSummary record={record} />
      {record.kind === "REINTEGRATION" && (
        <p className="mt-4">
          <Link href={`/cases/${record.id}/reintegration`} className="text-blue-700 underline">
            {t("plan.open")}
          </Link>
        </p>
      )}
      <CaseHolderSection record={record} holders={holders} />
      <Section title={t("workflow.title")}>
        <StatusChangeForm
          key={record.version}
          caseId={record.id}
          version={record.version}
          status={record.status}
          transitions={transitions}
        />
      </Section>
      <Section title={t("cases.services")}>
        <ServiceLog services={record.services} />
        {!isClosed && (
          <div className="mt-4">
            <ServiceForm caseId={record.id} kind={record.kind} defaultCurrency="USD" />
          </div>
        )}
      </Section>
      <ReferralsSection caseId={record.id} kind={record.kind} isClosed={isClosed} />
      <CaseNotesSection caseId={record.id} isAnonymised={record.anonymisedAt !== null} />
      {!isClosed && (
        <Section title={t("caseForm.editTitle")}>
          <details className="rounded-lg">
            <summary className="cursor-pointer text-sm text-blue-700 underline">
              {t("caseForm.editToggle")}
            </summary>
            <div className="mt-3">
              <CaseForm
                mode="edit"
                kind={record.kind}
                projects={projects}
                initialValues={editCaseValues(record)}
              />
            </div>
          </details>
        </Section>
      )}
      <CaseDocumentsSection caseId={record.id} canUpload={!record.anonymisedAt} />
      <Section id="consent" title={t("dataProtection.title")}>
        <DataProtectionSection record={record} {...dataProtection} />
      </Section>
      <Section title={t("timeline.title")}>
        <CaseTimeline entries={timeline} />
      </Section>
    </>
  );
}
