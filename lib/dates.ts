// Day dates travel as "YYYY-MM-DD" and are stored as DATE: a day, not an instant.
export function toDay(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function formatDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function today(now = new Date()): Date {
  return toDay(now.toISOString().slice(0, 10));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

// The calendar day where the user is, which for field staff is the office's day: a form's
// default date. In the browser only (the server's clock is not the office's).
export function localDay(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
