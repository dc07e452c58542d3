import { z } from "zod";

import { isIso3Country } from "@/lib/geo/countries";

// Field rules shared by the forms of every domain; each message is a catalogue key under
// `validation`.
export const requiredText = (max = 200) => z.string().trim().min(1, "required").max(max, "tooLong");

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .transform((value) => value || null)
    .nullable();

// A user east of UTC can be a day ahead of the server's UTC date: allow one day.
function latestAllowedDay(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

export const day = z.iso.date("invalidDate");
export const pastDay = day.refine((value) => value <= latestAllowedDay(), "dateInFuture");
export const optionalDay = z.union([z.literal("").transform(() => null), day]).nullable();
export const optionalPastDay = z.union([z.literal("").transform(() => null), pastDay]).nullable();

export const country = z.string().refine(isIso3Country, "invalidCountry");
export const optionalCountry = z.union([z.literal("").transform(() => null), country]).nullable();

export const optionalId = z
  .union([z.literal("").transform(() => null), z.uuid("invalidChoice")])
  .nullable();

export const choice = <T extends Record<string, string>>(values: T) =>
  z.enum(values, "invalidChoice");
export const optionalChoice = <T extends Record<string, string>>(values: T) =>
  z.union([z.literal("").transform(() => null), z.enum(values, "invalidChoice")]).nullable();

// Generated on the client when a form opens; the server runs the write at most once per key.
export const idempotencyKey = z.uuid("invalidChoice");
export const version = z.number("invalidChoice").int().min(1);

// An office or project code, as typed: upper-cased, letters, digits and dashes.
export const recordCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, "invalidCode");
