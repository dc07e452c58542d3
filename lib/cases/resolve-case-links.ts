import "server-only";
import type { DbOrTx } from "@/lib/db";
import { toDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";

// The AVR case that returned a person may belong to any office; only its existence and
// kind are checked, nothing of it is revealed.
export async function resolveAvrCase(client: DbOrTx, input: { kind: string; avrCaseRef?: string | null }): Promise<string | null> {
  if (input.kind !== "REINTEGRATION" || !input.avrCaseRef) return null;
  const avrCase = await client.case.findUnique({ where: { ref: input.avrCaseRef }, select: { id: true, kind: true } });
  if (!avrCase || avrCase.kind !== "AVR") throw new AppError("VALIDATION", { avrCaseRef: ["unknownAvrCase"] });
  return avrCase.id;
}

// A project must belong to the case's office and be running on the opening date.
export async function assertProjectUsable(client: DbOrTx, projectId: string, officeId: string, openedOn: Date): Promise<void> {
  const project = await client.project.findFirst({
    where: { id: projectId, officeId, startDate: { lte: openedOn }, OR: [{ endDate: null }, { endDate: { gte: openedOn } }] },
    select: { id: true },
  });
  if (!project) throw new AppError("VALIDATION", { projectId: ["projectNotRunning"] });
}

// A victim is identified before, or on, the day their case is opened.
export function assertIdentifiedByOpening(input: { kind: string; identifiedOn?: string }, openedOn: Date): void {
  if (input.kind === "VOT" && input.identifiedOn && toDay(input.identifiedOn) > openedOn) {
    throw new AppError("VALIDATION", { identifiedOn: ["identifiedAfterOpening"] });
  }
}
