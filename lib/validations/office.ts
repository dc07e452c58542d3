import { z } from "zod";
import { country, day, optionalDay, requiredText } from "@/lib/validations/common";

const code = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "invalidCode");

export const createOfficeSchema = z.object({ code, name: requiredText(), hostCountry: country });
export type CreateOfficeInput = z.input<typeof createOfficeSchema>;

export const createProjectSchema = z
  .object({ code, title: requiredText(300), officeId: z.uuid("invalidChoice"), startDate: day, endDate: optionalDay })
  .refine((value) => !value.endDate || value.endDate >= value.startDate, { path: ["endDate"], message: "endBeforeStart" });
export type CreateProjectInput = z.input<typeof createProjectSchema>;
