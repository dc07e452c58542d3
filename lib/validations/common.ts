import { z } from "zod";
import { isIso3Country } from "@/lib/geo/countries";

export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max = 2000) =>
  z.string().trim().max(max, "tooLong").transform((value) => value || null);

export const day = z.iso.date("invalidDate");
export const optionalDay = z.union([z.literal("").transform(() => null), day]);

export const country = z.string().refine(isIso3Country, "invalidCountry");

export const optionalId = z.union([z.literal("").transform(() => null), z.uuid("invalidChoice")]).nullable();

export const choice = <T extends Record<string, string>>(values: T) => z.enum(values, "invalidChoice");
