import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";

import { EditBeneficiaryForm } from "@/components/beneficiaries/edit-beneficiary-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getBeneficiary } from "@/lib/beneficiaries/get-beneficiary";

export default async function EditBeneficiaryPage({
  params,
}: {
  params: Promise<{ beneficiaryId: string }>;
}) {
  const user = await requirePermission("beneficiary:write");
  const beneficiary = await getBeneficiary(user, (await params).beneficiaryId);
  if (!beneficiary || beneficiary.anonymisedAt) notFound();
  if (beneficiary.mergedIntoId) redirect(`/beneficiaries/${beneficiary.mergedIntoId}/edit`);
  const t = await getTranslations();
  return (
    <>
      <PageHeader
        title={t("registry.editTitle", {
          name: t("beneficiary.fullName", {
            givenName: beneficiary.givenName,
            familyName: beneficiary.familyName,
          }),
        })}
      />
      <EditBeneficiaryForm beneficiary={beneficiary} />
    </>
  );
}
