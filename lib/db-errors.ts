import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// A check-then-insert can still lose a race to a parallel request: the unique index is the
// final word, and its refusal becomes the same field error the check gives.
export async function uniquely<T>(
  field: string,
  message: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", { [field]: [message] });
    throw error;
  }
}
