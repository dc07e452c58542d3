import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { ProjectOption } from "@/components/cases/case-form";
import { AddMemberForm } from "@/components/households/add-member-form";
import { DepartureForm, type DepartingCase } from "@/components/households/departure-form";
import { MemberActions } from "@/components/households/member-actions";
import {
  OpenHouseholdCasesForm,
  type MemberChoice,
} from "@/components/households/open-household-cases-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { HouseholdView as Household } from "@/lib/households/get-household";
import { showDay } from "@/lib/i18n/format";

// A member's AVR case that is not closed (there is at most one, the bulk opening sees to it).
const openAvrCase = (member: Household["members"][number]) =>
  member.beneficiary.cases.find((kase) => kase.status !== "CLOSED") ?? null;

export async function HouseholdView({
  household,
  projects,
}: {
  household: Household;
  projects: ProjectOption[];
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  const nameOf = (member: Household["members"][number]) =>
    t("household.fullName", {
      givenName: member.beneficiary.givenName,
      familyName: member.beneficiary.familyName,
    });
  const choices: MemberChoice[] = household.members.map((member) => ({
    beneficiaryId: member.beneficiary.id,
    label: `${member.beneficiary.ref} · ${nameOf(member)}`,
    openCaseRef: openAvrCase(member)?.ref ?? null,
  }));
  const departing: DepartingCase[] = household.members.flatMap((member) => {
    const kase = openAvrCase(member);
    return kase && kase.status === "APPROVED_FOR_RETURN"
      ? [{ caseId: kase.id, version: kase.version, label: `${kase.ref} · ${nameOf(member)}` }]
      : [];
  });
  return (
    <>
      <PageHeader title={t("household.pageTitle", { ref: household.ref })} />
      <Section title={t("household.members")}>
        <SimpleTable
          caption={t("household.membersOf", { ref: household.ref })}
          headers={[
            t("household.ref"),
            t("household.name"),
            t("household.relationshipColumn"),
            t("household.avrCase"),
            t("a11y.actionColumn"),
          ]}
          rows={household.members.map((member) => {
            const kase = openAvrCase(member);
            return [
              <Link
                key={member.id}
                href={`/beneficiaries/${member.beneficiary.id}`}
                className="text-blue-700 underline"
              >
                {member.beneficiary.ref}
              </Link>,
              nameOf(member),
              member.isHead
                ? t("household.head")
                : member.relationship
                  ? t(`household.relationship.${member.relationship}`)
                  : "—",
              kase ? (
                <span key={kase.id}>
                  <Link href={`/cases/${kase.id}`} className="text-blue-700 underline">
                    {kase.ref}
                  </Link>{" "}
                  · {t(`vocabulary.CaseStatus.${kase.status}`)}
                  {kase.actualDepartureOn
                    ? ` · ${t("household.departedOn", { day: showDay(format, kase.actualDepartureOn) })}`
                    : ""}
                </span>
              ) : (
                "—"
              ),
              <MemberActions
                key={`actions-${member.id}`}
                householdId={household.id}
                memberId={member.id}
                isHead={member.isHead}
                canRemove={household.members.length > 1}
              />,
            ];
          })}
        />
      </Section>
      <Section title={t("household.addMember")}>
        <AddMemberForm householdId={household.id} />
      </Section>
      <Section title={t("household.openCases")}>
        <OpenHouseholdCasesForm householdId={household.id} members={choices} projects={projects} />
      </Section>
      <Section title={t("household.departure")}>
        <DepartureForm householdId={household.id} cases={departing} />
      </Section>
    </>
  );
}
