import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { addDays } from "@/lib/dates";
import { showDay, showMoment, showMoney } from "@/lib/i18n/format";
import type { TeamOverview } from "@/lib/worklist/get-team-overview";

// The supervisor's view of the office: caseload and overdue items per member, idle cases,
// plans waiting for a second approval.
export async function TeamView({ overview }: { overview: TeamOverview }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("officeTeam.title")} />
      <Section title={t("officeTeam.caseload")}>
        <SimpleTable
          caption={t("officeTeam.caseload")}
          headers={[
            t("officeTeam.member"),
            t("officeTeam.role"),
            t("officeTeam.openCases"),
            t("officeTeam.overdue"),
          ]}
          rows={[
            ...overview.members.map((member) => [
              member.name,
              t(`roles.${member.role}`),
              format.number(member.openCases),
              format.number(member.overdue),
            ]),
            [
              t("officeTeam.nobody"),
              "",
              format.number(overview.unheld.openCases),
              format.number(overview.unheld.overdue),
            ],
          ]}
        />
      </Section>
      <Section title={t("officeTeam.inactive", { count: overview.inactiveCount })}>
        {overview.inactive.length === 0 ? (
          <EmptyState>{t("officeTeam.noInactive")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("officeTeam.inactive", { count: overview.inactiveCount })}
            headers={[t("cases.ref"), t("officeTeam.idleSince")]}
            rows={overview.inactive.map((item) => [
              <Link key={item.key} href={item.href} className="text-blue-700 underline">
                {item.caseRef}
              </Link>,
              showDay(format, addDays(item.dueOn, -(item.days ?? 0))),
            ])}
          />
        )}
      </Section>
      <Section title={t("officeTeam.awaiting")}>
        {overview.awaitingSecondApproval.length === 0 ? (
          <EmptyState>{t("officeTeam.noneAwaiting")}</EmptyState>
        ) : (
          <SimpleTable
            caption={t("officeTeam.awaiting")}
            headers={[
              t("cases.ref"),
              t("officeTeam.total"),
              t("officeTeam.firstApprovedBy"),
              t("officeTeam.firstApprovedAt"),
            ]}
            rows={overview.awaitingSecondApproval.map((plan) => [
              <Link
                key={plan.id}
                href={`/review/plans/${plan.id}`}
                className="text-blue-700 underline"
              >
                {plan.caseRef}
              </Link>,
              showMoney(format, plan.totalMinor, plan.currency),
              plan.firstApprovedBy ?? "",
              plan.firstApprovedAt ? showMoment(format, plan.firstApprovedAt) : "",
            ])}
          />
        )}
      </Section>
    </>
  );
}
