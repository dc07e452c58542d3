import { notFound, redirect } from "next/navigation";

import { MergeChoice } from "@/components/beneficiaries/merge-choice";
import { requirePermission } from "@/lib/auth/session";
import { getMergeChoice } from "@/lib/beneficiaries/get-merge-choice";

export default async function MergeBeneficiaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ beneficiaryId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("beneficiary:merge");
  const other = (await searchParams).with;
  const choice = await getMergeChoice(
    user,
    (await params).beneficiaryId,
    typeof other === "string" ? other : undefined,
  );
  if (!choice || choice.record.anonymisedAt) notFound();
  if (choice.record.mergedIntoId) redirect(`/beneficiaries/${choice.record.mergedIntoId}`);
  return <MergeChoice choice={choice} />;
}
