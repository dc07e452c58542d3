import { getFormatter, getTranslations } from "next-intl/server";

import { DeliverItemForm } from "@/components/review/deliver-item-form";
import { FactList } from "@/components/ui/fact-list";
import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showDay, showMoment, showMoney } from "@/lib/i18n/format";
import { deliveredTotal, type PlanDetail } from "@/lib/review/plan-detail";

// A plan's status, planned against delivered per item, and its decisions. Undelivered items
// of an approved plan get a delivery form when the viewer may deliver.
export async function PlanView({ plan, canDeliver }: { plan: PlanDetail; canDeliver: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const money = (amount: number) => showMoney(format, amount, plan.currency);
  const isDeliverable = canDeliver && plan.status === "APPROVED";
  return (
    <div className="space-y-4">
      <FactList
        facts={[
          [
            t("plan.status"),
            <span key="status" data-testid="plan-status">
              {t(`vocabulary.PlanStatus.${plan.status}`)}
            </span>,
          ],
          [t("plan.draftedBy"), plan.draftedBy.name],
          [
            t("plan.total"),
            <span key="total" data-testid="plan-total">
              {money(plan.totalMinor)}
            </span>,
          ],
          [
            t("plan.delivered"),
            <span key="delivered" data-testid="plan-delivered">
              {money(deliveredTotal(plan))}
            </span>,
          ],
          [
            t("plan.submittedAt"),
            plan.submittedAt ? format.dateTime(plan.submittedAt, { dateStyle: "medium" }) : "—",
          ],
        ]}
      />
      <SimpleTable
        caption={t("plan.items")}
        headers={[
          t("plan.type"),
          t("plan.description"),
          t("plan.modality"),
          t("plan.amount"),
          t("plan.plannedOn"),
          t("plan.deliveredOn"),
        ]}
        rows={plan.items.map((item) => [
          t(`vocabulary.ServiceType.${item.type}`),
          item.description,
          t(`vocabulary.Modality.${item.modality}`),
          showMoney(format, item.amountMinor, item.currency),
          showDay(format, item.plannedOn),
          item.service ? (
            `${showDay(format, item.service.deliveredOn)} · ${item.service.amountMinor !== null && item.service.currency ? showMoney(format, item.service.amountMinor, item.service.currency) : "—"}`
          ) : isDeliverable ? (
            <DeliverItemForm key={item.id} itemId={item.id} number={item.position} />
          ) : (
            t("plan.notDelivered")
          ),
        ])}
      />
      <h3 className="text-base font-semibold text-slate-900">{t("plan.decisions")}</h3>
      {plan.decisions.length === 0 ? (
        <EmptyState>{t("plan.noDecisions")}</EmptyState>
      ) : (
        <ol className="space-y-2" data-testid="plan-decisions">
          {plan.decisions.map((decision) => (
            <li
              key={decision.id}
              className="rounded-md border border-slate-200 bg-white p-3 text-sm"
            >
              <p className="font-medium text-slate-900">
                {t(`vocabulary.PlanDecisionKind.${decision.decision}`)}
              </p>
              <p className="text-slate-600">
                <time dateTime={decision.decidedAt.toISOString()}>
                  {showMoment(format, decision.decidedAt)}
                </time>{" "}
                · {decision.decidedBy.name}
              </p>
              {decision.comment && <p className="mt-1 text-slate-800">{decision.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
