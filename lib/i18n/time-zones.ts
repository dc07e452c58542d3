// IANA names the runtime knows. "UTC" is not in Intl's list of canonical zones but every
// runtime accepts it, and it is the default for an office that has not set one.
export function listTimeZones(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

export function isTimeZone(value: string): boolean {
  return listTimeZones().includes(value);
}
