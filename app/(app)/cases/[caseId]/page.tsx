import { notFound } from "next/navigation";
import { CasePageView } from "@/components/cases/case-page-view";
import { getCase } from "@/lib/cases/get-case";
import { getCaseTimeline } from "@/lib/cases/get-case-timeline";
import { getCaseTransitions } from "@/lib/cases/get-case-transitions";
import { listOfficeProjects } from "@/lib/projects/list-office-projects";
import { requirePermission } from "@/lib/auth/session";

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const user = await requirePermission("case:read");
  const { caseId } = await params;
  const record = await getCase(user, caseId);
  if (!record) notFound();
  const [timeline, transitions, projects] = await Promise.all([getCaseTimeline(user, caseId), getCaseTransitions(record), listOfficeProjects(user)]);
  return <CasePageView record={record} timeline={timeline} transitions={transitions} projects={projects} />;
}
