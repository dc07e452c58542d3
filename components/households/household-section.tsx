import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { CreateHouseholdButton } from "@/components/households/create-household-button";
import { EmptyState, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { getBeneficiaryHousehold } from "@/lib/households/get-household";

type Household = Awaited<ReturnType<typeof getBeneficiaryHousehold>>;

// The beneficiary profile's household: its members, or a button that starts one with this
// person as its head.
export async function HouseholdSection({
  beneficiaryId,
  household,
}: {
  beneficiaryId: string;
  household: Household;
}) {
  const t = await getTranslations("household");
  if (!household)
    return (
      <Section title={t("title")}>
        <div className="space-y-3">
          <EmptyState>{t("none")}</EmptyState>
          <CreateHouseholdButton beneficiaryId={beneficiaryId} />
        </div>
      </Section>
    );
  return (
    <Section title={t("title")}>
      <p className="mb-3 text-sm">
        <Link href={`/households/${household.id}`} className="text-blue-700 underline">
          {t("open", { ref: household.ref })}
        </Link>
      </p>
      <SimpleTable
        caption={t("membersOf", { ref: household.ref })}
        headers={[t("ref"), t("name"), t("relationshipColumn")]}
        rows={household.members.map((member) => [
          <Link
            key={member.id}
            href={`/beneficiaries/${member.beneficiary.id}`}
            className="text-blue-700 underline"
          >
            {member.beneficiary.ref}
          </Link>,
          t("fullName", {
            givenName: member.beneficiary.givenName,
            familyName: member.beneficiary.familyName,
          }),
          member.isHead
            ? t("head")
            : member.relationship
              ? t(`relationship.${member.relationship}`)
              : "—",
        ])}
      />
    </Section>
  );
}
