import type { Tx } from "@/lib/db";
import { nextRef } from "@/lib/refs/next-ref";

// One demo household in the office: its first two people by reference, the first heading
// it, so that the household page has a record to show (e2e/fixtures/pages.ts).
export async function seedDemoHousehold(tx: Tx, officeId: string, officeCode: string) {
  const [head, spouse] = await tx.beneficiary.findMany({
    where: { officeId },
    orderBy: { ref: "asc" },
    take: 2,
    select: { id: true },
  });
  if (!head || !spouse) return;
  const household = await tx.household.create({
    data: {
      ref: await nextRef(tx, `${officeCode}-HH`),
      officeId,
      members: {
        create: [{ beneficiaryId: head.id }, { beneficiaryId: spouse.id, relationship: "SPOUSE" }],
      },
    },
    select: { id: true, members: { where: { beneficiaryId: head.id }, select: { id: true } } },
  });
  await tx.household.update({
    where: { id: household.id },
    data: { headMemberId: household.members[0]!.id },
  });
}
