import "server-only";

import { toDay } from "@/lib/dates";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The AVR case that returned a person may belong to another office, which row-level security
// hides: a database function answers with its id only when it belongs to the citing office,
// returned the person to that office's host country, or is the one already cited
// (`linkedId`). Any other reference gets the answer of a reference that does not exist, so
// an office cannot probe the sequential references of every other office.
export async function resolveAvrCase(
  client: DbOrTx,
  input: { kind: string; avrCaseRef?: string | null },
  citingOfficeId: string,
  linkedId: string | null = null,
): Promise<string | null> {
  if (input.kind !== "REINTEGRATION" || !input.avrCaseRef) return null;
  const [avrCase] = await client.$queryRaw<{ id: string | null }[]>`
    SELECT passage_avr_case_id(${input.avrCaseRef}, ${citingOfficeId}::uuid, ${linkedId}::uuid) AS id`;
  if (!avrCase?.id) throw new AppError("VALIDATION", { avrCaseRef: ["unknownAvrCase"] });
  return avrCase.id;
}

// A project must belong to the case's office and be running on the opening date.
export async function assertProjectUsable(
  client: DbOrTx,
  projectId: string,
  officeId: string,
  openedOn: Date,
): Promise<void> {
  const project = await client.project.findFirst({
    where: {
      id: projectId,
      officeId,
      startDate: { lte: openedOn },
      OR: [{ endDate: null }, { endDate: { gte: openedOn } }],
    },
    select: { id: true },
  });
  if (!project) throw new AppError("VALIDATION", { projectId: ["projectNotRunning"] });
}

// A victim is identified before, or on, the day their case is opened.
export function assertIdentifiedByOpening(
  input: { kind: string; identifiedOn?: string },
  openedOn: Date,
): void {
  if (input.kind === "VOT" && input.identifiedOn && toDay(input.identifiedOn) > openedOn) {
    throw new AppError("VALIDATION", { identifiedOn: ["identifiedAfterOpening"] });
  }
}
