import { getFormatter, getTranslations } from "next-intl/server";

import { EmptyState } from "@/components/ui/page-header";
import type { TimelineEntry } from "@/lib/cases/get-case-timeline";
import { showDay, showMoment } from "@/lib/i18n/format";

export async function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (entries.length === 0) return <EmptyState>{t("timeline.empty")}</EmptyState>;
  return (
    <ol className="space-y-2 border-s-2 border-slate-200 ps-4" data-testid="case-timeline">
      {entries.map((entry, index) => (
        <li key={index} className="text-sm">
          <p className="text-slate-600">
            <time dateTime={entry.at.toISOString()}>{showMoment(format, entry.at)}</time>
            {" · "}
            {entry.actorName ?? t("timeline.system")}
          </p>
          <p className="text-slate-900">
            {t.has(`timeline.actions.${entry.action}`)
              ? t(`timeline.actions.${entry.action}`)
              : entry.action}
            {entry.toStatus &&
              ` · ${t("timeline.statusChange", {
                from: entry.fromStatus ? t(`vocabulary.CaseStatus.${entry.fromStatus}`) : "",
                to: t(`vocabulary.CaseStatus.${entry.toStatus}`),
              })}`}
            {entry.effectiveOn &&
              ` · ${t("timeline.effective", { day: showDay(format, entry.effectiveOn) })}`}
            {entry.reason && ` · ${entry.reason}`}
          </p>
          {entry.action === "case.update" && entry.changedFields.length > 0 && (
            <p className="text-slate-600">
              {t("timeline.changed", {
                fields: entry.changedFields
                  .map((field) => (t.has(`caseForm.${field}`) ? t(`caseForm.${field}`) : field))
                  .join(", "),
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
