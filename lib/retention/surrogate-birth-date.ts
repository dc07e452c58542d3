import { isChildOn } from "@/lib/beneficiaries/birth-date";
import { toDay } from "@/lib/dates";

const iso = (year: number, month: number, day: number) =>
  toDay(
    `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );

// The coarsest stand-in for an exact birth date that still puts the person on the same side
// of 18 on every date the figures ask about (their service and identification dates): 1 January
// if one fits, else the 1st of a month, else the earliest fitting day of the birth month.
// Every report figure therefore stays the same after anonymisation.
export function surrogateBirthDate(birthDate: Date, relevantDates: Date[]): Date {
  const fits = (candidate: Date) =>
    relevantDates.every((on) => isChildOn(candidate, on) === isChildOn(birthDate, on));
  const year = birthDate.getUTCFullYear();
  const month = birthDate.getUTCMonth() + 1;
  const nextMonth = month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
  const days = Array.from({ length: birthDate.getUTCDate() }, (_, index) =>
    iso(year, month, index + 1),
  );
  const candidates = [
    iso(year, 1, 1),
    iso(year + 1, 1, 1),
    iso(year, month, 1),
    nextMonth,
    ...days,
  ];
  return candidates.find(fits) ?? birthDate;
}
