import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ActionButton } from "@/components/forms/action-button";
import { FollowUpForm } from "@/components/office/follow-up-form";
import { EmptyState, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { showDay, type Formatter } from "@/lib/i18n/format";
import { completeFollowUpAction } from "@/lib/worklist/actions";
import type { Worklist } from "@/lib/worklist/list-worklist";
import type { Bucket, WorklistItem } from "@/lib/worklist/worklist-item";

type Translator = Awaited<ReturnType<typeof getTranslations<"worklist">>>;

// What the item asks, in words: the follow-up's own text, or a sentence per kind.
function describe(t: Translator, tv: (key: string) => string, item: WorklistItem): string {
  switch (item.kind) {
    case "FOLLOW_UP":
      return item.text ?? "";
    case "MONITORING_VISIT":
    case "SUSTAINABILITY_SURVEY":
      return t(`detail.${item.kind}`, { months: item.months ?? 0 });
    case "PLAN_ITEMS_UNDELIVERED":
      return t("detail.PLAN_ITEMS_UNDELIVERED", { count: item.count ?? 0 });
    case "CONSENT_NEEDED":
      return t(item.isWithdrawn ? "detail.CONSENT_WITHDRAWN" : "detail.CONSENT_MISSING", {
        purpose: tv(item.purpose ?? "ASSISTANCE"),
      });
    case "INACTIVE_CASE":
      return t("detail.INACTIVE_CASE", { days: item.days ?? 0 });
    case "REFERRAL_UNANSWERED":
      return t("detail.REFERRAL_UNANSWERED", { provider: item.text ?? "" });
    default:
      return t(`detail.${item.kind}`);
  }
}

async function ItemList({
  bucket,
  items,
  format,
}: {
  bucket: Bucket;
  items: WorklistItem[];
  format: Formatter;
}) {
  const t = await getTranslations("worklist");
  const tv = await getTranslations("vocabulary.ConsentPurpose");
  return (
    <section
      aria-labelledby={`worklist-${bucket}`}
      className="mt-6"
      data-testid={`worklist-${bucket}`}
    >
      <h3 id={`worklist-${bucket}`} className="mb-2 text-base font-semibold text-slate-900">
        {t(`bucket.${bucket}`, { count: items.length })}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t(`empty.${bucket}`)}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <li
              key={item.key}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm"
              data-testid="worklist-item"
              data-kind={item.kind}
            >
              <span className="min-w-32 font-medium text-slate-900">{t(`kind.${item.kind}`)}</span>
              <Link href={item.href} className="text-blue-700 underline">
                {item.caseRef}
              </Link>
              <span className="flex-1 text-slate-700">{describe(t, (key) => tv(key), item)}</span>
              <span className="text-slate-600">
                {t("dueOn", { day: showDay(format, item.dueOn) })}
              </span>
              {item.followUp && (
                <ActionButton
                  action={completeFollowUpAction}
                  input={{ followUpId: item.followUp.id, version: item.followUp.version }}
                  label={t("markDone")}
                  variant="secondary"
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The caseworker's home: overdue, today, this week; a follow-up form; their open cases.
export async function WorklistView({ worklist }: { worklist: Worklist }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { groups } = worklist;
  const isEmpty = groups.overdue.length + groups.today.length + groups.thisWeek.length === 0;
  return (
    <>
      <Section title={t("worklist.title")}>
        <p className="text-sm text-slate-600">
          {t("worklist.intro", { day: showDay(format, worklist.today) })}
        </p>
        {isEmpty ? (
          <div className="mt-4">
            <EmptyState>{t("worklist.allDone")}</EmptyState>
          </div>
        ) : (
          (["overdue", "today", "thisWeek"] as const).map((bucket) => (
            <ItemList key={bucket} bucket={bucket} items={groups[bucket]} format={format} />
          ))
        )}
      </Section>
      <Section title={t("worklist.addFollowUp")}>
        {worklist.myCases.length === 0 ? (
          <EmptyState>{t("worklist.noCasesForFollowUp")}</EmptyState>
        ) : (
          <FollowUpForm cases={worklist.followUpCases} />
        )}
      </Section>
      <Section title={t("worklist.myCases", { count: worklist.myCaseCount })}>
        {worklist.myCases.length === 0 ? (
          <EmptyState>{t("worklist.noCases")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("worklist.myCases", { count: worklist.myCaseCount })}
            headers={[t("cases.ref"), t("cases.kind"), t("cases.status"), t("cases.opened")]}
            rows={worklist.myCases.map((item) => [
              <Link key={item.id} href={`/cases/${item.id}`} className="text-blue-700 underline">
                {item.ref}
              </Link>,
              t(`vocabulary.CaseKind.${item.kind}`),
              t(`vocabulary.CaseStatus.${item.status}`),
              showDay(format, item.openedOn),
            ])}
          />
        )}
        {worklist.myCaseCount > worklist.myCases.length && (
          <p className="mt-2 text-sm text-slate-600">
            {t("worklist.moreCases", { count: worklist.myCaseCount - worklist.myCases.length })}
          </p>
        )}
      </Section>
    </>
  );
}
