import { z } from "zod";

import { isIso3Country } from "@/lib/geo/countries";

// The registry's state lives in the URL, like the case list's: anything unrecognised falls
// back to a default, so an old bookmark still opens. `q` is a sealed token (name or
// reference, and birth date): a person's name or birthday never shows in the URL.
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const beneficiarySortColumns = ["name", "ref"] as const;
export const beneficiaryPageSizes = [25, 50, 100] as const;

export const beneficiaryListQuerySchema = z.object({
  q: lenient(
    z
      .string()
      .trim()
      .max(1200)
      .transform((value) => value || undefined),
  ),
  nationality: lenient(z.string().refine(isIso3Country)),
  sort: z.enum(beneficiarySortColumns).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce
    .number()
    .pipe(z.union(beneficiaryPageSizes.map((size) => z.literal(size))))
    .catch(25),
});
export type BeneficiaryListUrlState = z.output<typeof beneficiaryListQuerySchema>;

// What the query runs on: the URL's state with the search opened.
export type BeneficiarySearch = { text: string; birthDate: string | null };
export type BeneficiaryListQuery = Omit<BeneficiaryListUrlState, "q"> & {
  search: BeneficiarySearch | null;
};

const defaults: Partial<Record<keyof BeneficiaryListUrlState, string | number>> = {
  sort: "name",
  dir: "asc",
  page: 1,
  size: 25,
};

// The list's state as a shareable URL; defaults are left out so links stay short.
export function beneficiaryListHref(
  state: Partial<BeneficiaryListUrlState>,
  changes: Partial<BeneficiaryListUrlState> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...state, ...changes })) {
    if (value === undefined || value === null || value === "") continue;
    if (defaults[key as keyof BeneficiaryListUrlState] === value) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/beneficiaries?${search}` : "/beneficiaries";
}
