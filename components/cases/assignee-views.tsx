import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { CaseListQuery } from "@/lib/cases/case-list-query";
import { caseListHref } from "@/lib/cases/case-list-url";

type Props = { urlState: CaseListQuery; userId: string; assignee: string; defaultAssignee: string };

// The three views of the case list by holder, one click each: my cases, all the office's,
// the unassigned ones. The role's default view leaves the URL without `assignee`.
export async function AssigneeViews({ urlState, userId, assignee, defaultAssignee }: Props) {
  const t = await getTranslations("assignment");
  const views = [
    ["mine", userId],
    ["all", "all"],
    ["none", "none"],
  ] as const;
  return (
    <nav aria-label={t("views")} className="mb-3">
      <ul className="flex flex-wrap gap-2">
        {views.map(([label, value]) => {
          const isCurrent = assignee === value;
          return (
            <li key={label}>
              <Link
                href={caseListHref(urlState, {
                  assignee: value === defaultAssignee ? undefined : value,
                  page: 1,
                })}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${
                  isCurrent
                    ? "border-blue-700 bg-blue-700 text-white"
                    : "border-slate-300 bg-white text-blue-700 underline hover:bg-slate-50"
                }`}
              >
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
