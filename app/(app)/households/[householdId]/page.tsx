import { notFound } from "next/navigation";

import { HouseholdView } from "@/components/households/household-view";
import { requirePermission } from "@/lib/auth/session";
import { getHousehold } from "@/lib/households/get-household";
import { listOfficeProjects } from "@/lib/projects/list-office-projects";

export default async function HouseholdPage({
  params,
}: {
  params: Promise<{ householdId: string }>;
}) {
  const user = await requirePermission("case:write");
  const [household, projects] = await Promise.all([
    getHousehold(user, (await params).householdId),
    listOfficeProjects(user),
  ]);
  if (!household) notFound();
  const running = projects.filter((project) => !project.endDate || project.endDate >= new Date());
  return <HouseholdView household={household} projects={running} />;
}
