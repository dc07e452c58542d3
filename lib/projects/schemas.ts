import { z } from "zod";

import { day, optionalDay, recordCode, requiredText } from "@/lib/forms/fields";

export const createProjectSchema = z
  .object({
    code: recordCode,
    title: requiredText(300),
    officeId: z.uuid("invalidChoice"),
    startDate: day,
    endDate: optionalDay,
  })
  .refine((value) => !value.endDate || value.endDate >= value.startDate, {
    path: ["endDate"],
    message: "endBeforeStart",
  });
export type CreateProjectInput = z.input<typeof createProjectSchema>;
