import { z } from "zod";

import { version } from "@/lib/forms/fields";

export const handOverCaseSchema = z.object({
  caseId: z.uuid("invalidChoice"),
  version,
  projectId: z.uuid("invalidChoice"),
});
export type HandOverCaseInput = z.output<typeof handOverCaseSchema>;
