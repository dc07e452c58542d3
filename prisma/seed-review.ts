import type { Tx } from "@/lib/db";

import { demoAccounts } from "./seed-accounts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Tapachula's reintegration demo: a submitted plan waiting for review, an overdue
// monitoring visit, and a second-approval threshold of 1,000.00 USD.
export async function seedReintegrationReview(tx: Tx, officeId: string): Promise<void> {
  const caseworker = await tx.user.findUniqueOrThrow({
    where: { email: demoAccounts[0]!.email },
    select: { id: true },
  });
  await tx.office.update({
    where: { id: officeId },
    data: { secondApprovalMinor: 100_000, secondApprovalCurrency: "USD" },
  });
  const planning = await tx.case.findFirstOrThrow({
    where: { officeId, kind: "REINTEGRATION", status: "PLANNING" },
    select: { id: true },
  });
  await tx.reintegrationPlan.create({
    data: {
      caseId: planning.id,
      officeId,
      status: "SUBMITTED",
      currency: "USD",
      totalMinor: 57_000,
      draftedById: caseworker.id,
      lastEditedById: caseworker.id,
      submittedAt: new Date("2026-10-05T15:00:00Z"),
      items: {
        create: [
          {
            position: 1,
            type: "SMALL_BUSINESS",
            description: "Cooking equipment and first stock for a food stall",
            modality: "IN_KIND",
            amountMinor: 45_000,
            plannedOn: day("2026-11-15"),
          },
          {
            position: 2,
            type: "EDUCATION",
            description: "School fees and uniforms for two children",
            modality: "CASH",
            amountMinor: 12_000,
            plannedOn: day("2027-01-10"),
          },
        ],
      },
    },
  });
  const monitoring = await tx.case.findFirstOrThrow({
    where: { officeId, kind: "REINTEGRATION", status: "MONITORING" },
    select: { id: true },
  });
  await tx.monitoringVisit.create({
    data: {
      caseId: monitoring.id,
      visitedOn: day("2026-07-01"),
      visitedById: caseworker.id,
      note: "Working as an apprentice mechanic.",
      nextVisitDue: day("2026-10-01"),
    },
  });
}
