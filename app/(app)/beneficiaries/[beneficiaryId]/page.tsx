import { notFound, redirect } from "next/navigation";

import { BeneficiaryProfile } from "@/components/beneficiaries/beneficiary-profile";
import { HouseholdSection } from "@/components/households/household-section";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";
import { getBeneficiaryHousehold } from "@/lib/households/get-household";

export default async function BeneficiaryPage({
  params,
}: {
  params: Promise<{ beneficiaryId: string }>;
}) {
  const user = await requirePermission("beneficiary:read");
  const beneficiary = await getBeneficiary(user, (await params).beneficiaryId);
  if (!beneficiary) notFound();
  // A merged record is a tombstone: its links lead to the record it was merged into.
  if (beneficiary.mergedIntoId) redirect(`/beneficiaries/${beneficiary.mergedIntoId}`);
  return (
    <>
      <BeneficiaryProfile beneficiary={beneficiary} canMerge={can(user, "beneficiary:merge")} />
      <HouseholdSection
        beneficiaryId={beneficiary.id}
        household={await getBeneficiaryHousehold(user, beneficiary.id)}
      />
    </>
  );
}
