import "server-only";

import type { Tx } from "@/lib/db";

// When two records of one person are merged, the merged record's household membership
// follows the person: it passes to the survivor, unless the survivor already belongs to a
// household, in which case the merged record's membership ends (a person belongs to one).
// Both records are the acting office's, read for writing in the merge's transaction.
export async function moveMergedMembership(
  tx: Tx,
  mergedId: string,
  survivorId: string,
): Promise<"moved" | "ended" | "none"> {
  const membership = await tx.householdMember.findFirst({
    where: { beneficiaryId: mergedId },
    select: { id: true },
  });
  if (!membership) return "none";
  const survivorIsMember = await tx.householdMember.findFirst({
    where: { beneficiaryId: survivorId },
    select: { id: true },
  });
  if (survivorIsMember) {
    await tx.householdMember.delete({ where: { id: membership.id } });
    return "ended";
  }
  await tx.householdMember.update({
    where: { id: membership.id },
    data: { beneficiaryId: survivorId },
  });
  return "moved";
}
