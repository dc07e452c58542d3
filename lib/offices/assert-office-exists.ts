import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertOfficeExists(client: DbOrTx, officeId: string | null): Promise<void> {
  if (officeId === null) return;
  const office = await client.office.findUnique({ where: { id: officeId }, select: { id: true } });
  if (!office) throw new AppError("VALIDATION", { officeId: ["invalidChoice"] });
}
