import { toDay } from "@/lib/dates";

// An estimated age becomes 1 July of the estimated birth year: the middle of the year keeps
// the error in completed years at most one either way.
export function birthDateFromAge(age: number, today = new Date()): Date {
  return toDay(`${today.getUTCFullYear() - age}-07-01`);
}

export function ageOn(birthDate: Date, on: Date): number {
  const years = on.getUTCFullYear() - birthDate.getUTCFullYear();
  const hadBirthday =
    on.getUTCMonth() > birthDate.getUTCMonth() ||
    (on.getUTCMonth() === birthDate.getUTCMonth() && on.getUTCDate() >= birthDate.getUTCDate());
  return hadBirthday ? years : years - 1;
}

export function isChildOn(birthDate: Date | null, on: Date | null): boolean | null {
  if (!birthDate || !on) return null;
  return ageOn(birthDate, on) < 18;
}
