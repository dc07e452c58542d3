import { randomUUID } from "node:crypto";

import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { ActionButton } from "@/components/forms/action-button";
import { SurveyHistory, VisitHistory } from "@/components/monitoring/monitoring-history";
import { SurveyForm } from "@/components/monitoring/survey-form";
import { VisitForm } from "@/components/monitoring/visit-form";
import { PlanEditor } from "@/components/review/plan-editor";
import { PlanView } from "@/components/review/plan-view";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import type { CaseDetail } from "@/lib/cases/get-case";
import type { CaseMonitoring } from "@/lib/monitoring/get-case-monitoring";
import { submitPlanAction } from "@/lib/review/actions";
import type { PlanDetail } from "@/lib/review/plan-detail";
import { planFormValues } from "@/lib/review/plan-form-values";
import { isEditable } from "@/lib/review/plan-workflow";

type Props = {
  record: CaseDetail;
  plan: PlanDetail | null;
  monitoring: CaseMonitoring;
  canDraft: boolean;
  canDeliver: boolean;
};

export async function ReintegrationPageView({
  record,
  plan,
  monitoring,
  canDraft,
  canDeliver,
}: Props) {
  const t = await getTranslations();
  const isOpen = record.status !== "CLOSED";
  const editorValues =
    canDraft && isOpen ? planFormValues(record.id, plan, "USD", randomUUID()) : null;
  return (
    <>
      <PageHeader title={t("plan.pageTitle", { ref: record.ref })}>
        <Link href={`/cases/${record.id}`} className="text-sm text-blue-700 underline">
          {t("cases.title", { ref: record.ref })}
        </Link>
      </PageHeader>
      <Section id="plan" title={t("plan.title")}>
        {plan ? (
          <PlanView plan={plan} canDeliver={canDeliver && isOpen} />
        ) : (
          <EmptyState>{t("plan.none")}</EmptyState>
        )}
        {plan && isEditable(plan.status) && canDraft && isOpen && (
          <div className="mt-4">
            <ActionButton
              action={submitPlanAction}
              input={{ planId: plan.id, version: plan.version }}
              label={t("plan.submit")}
            />
          </div>
        )}
        {plan && !editorValues && !isEditable(plan.status) && plan.status !== "APPROVED" && (
          <p className="mt-3 text-sm text-slate-600">{t("plan.lockedNotice")}</p>
        )}
        {editorValues && (
          <div className="mt-4">
            <h3 className="mb-2 text-base font-semibold text-slate-900">
              {plan?.status === "REJECTED" ? t("plan.newAfterRejection") : t("plan.edit")}
            </h3>
            <PlanEditor key={`${plan?.id}-${plan?.version}`} initialValues={editorValues} />
          </div>
        )}
      </Section>
      <Section id="monitoring" title={t("monitoring.visits")}>
        <VisitHistory visits={monitoring.visits} />
        {isOpen && (
          <div className="mt-4">
            <VisitForm caseId={record.id} />
          </div>
        )}
      </Section>
      <Section id="sustainability" title={t("monitoring.surveys")}>
        <SurveyHistory surveys={monitoring.surveys} />
        {isOpen && monitoring.indicators.length > 0 && (
          <div className="mt-4">
            <SurveyForm caseId={record.id} indicators={monitoring.indicators} />
          </div>
        )}
      </Section>
    </>
  );
}
