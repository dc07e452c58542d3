import { notFound } from "next/navigation";

import { CasePageView } from "@/components/cases/case-page-view";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listCaseHolders } from "@/lib/cases/case-holders";
import { getCase } from "@/lib/cases/get-case";
import { getCaseTimeline } from "@/lib/cases/get-case-timeline";
import { getCaseTransitions } from "@/lib/cases/get-case-transitions";
import { listCaseConsents } from "@/lib/consent/list-case-consents";
import {
  listHandOverDestinations,
  listOfficeCountries,
} from "@/lib/hand-over/list-hand-over-destinations";
import { listOfficeProjects } from "@/lib/projects/list-office-projects";

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requirePermission("case:read");
  const { caseId } = await params;
  const record = await getCase(user, caseId);
  if (!record) notFound();
  const [timeline, transitions, projects, consents, officeCountries, destinations, holders] =
    await Promise.all([
      getCaseTimeline(user, caseId),
      getCaseTransitions(record),
      listOfficeProjects(user),
      listCaseConsents(user, caseId),
      listOfficeCountries(),
      listHandOverDestinations(user),
      can(user, "case:reassign") ? listCaseHolders(user) : null,
    ]);
  const dataProtection = {
    consents,
    officeCountries,
    destinations,
    canSetLegalHold: can(user, "case:legal-hold"),
  };
  return (
    <CasePageView
      record={record}
      timeline={timeline}
      transitions={transitions}
      projects={projects}
      dataProtection={dataProtection}
      holders={holders}
    />
  );
}
