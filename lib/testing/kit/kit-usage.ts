// What keeps integration tests on the test-data kit (lib/testing/kit): a direct write of an
// entity the kit builds, or a test that does not import the kit, is reported with its line.
// A write that is itself under test is marked `kit-exempt: <why>` on its line or the two above;
// a test that touches no app data (its own cluster, say) says so on its first line.

const PRISMA_WRITE =
  /\.(office|user|project|beneficiary|case|service|reintegrationPlan|caseConsent|serviceProvider|referral)\.(create|createMany|createManyAndReturn|upsert)\(/;
const SQL_INSERT =
  /INSERT\s+INTO\s+(?:\\?")?(offices|users|projects|beneficiaries|cases|services|reintegration_plans|case_consents|service_providers|referrals)(?:\\?")?[\s(]/i;
const OWN_UNIQUE = /randomUUID\(\)\.slice\(/;
const KIT_IMPORT = /from "@\/lib\/testing\/kit"/;
const EXEMPT = /kit-exempt:\s*\S/;

export function kitViolations(source: string): string[] {
  const lines = source.split("\n");
  const found: string[] = [];
  if (!KIT_IMPORT.test(source) && !EXEMPT.test(lines[0] ?? ""))
    found.push('does not import "@/lib/testing/kit"');
  lines.forEach((line, index) => {
    const rule = PRISMA_WRITE.test(line)
      ? "creates a row the kit builds"
      : SQL_INSERT.test(line)
        ? "inserts a row the kit builds"
        : OWN_UNIQUE.test(line)
          ? "makes its own unique codes (use the kit's unique())"
          : null;
    if (!rule) return;
    if (lines.slice(Math.max(0, index - 2), index + 1).some((near) => EXEMPT.test(near))) return;
    found.push(`line ${index + 1}: ${rule}`);
  });
  return found;
}
