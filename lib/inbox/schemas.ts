import { z } from "zod";

export const markInboxReadSchema = z.object({ messageId: z.uuid("invalidChoice") });
export type MarkInboxReadInput = z.input<typeof markInboxReadSchema>;
