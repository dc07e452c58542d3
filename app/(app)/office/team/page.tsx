import { TeamView } from "@/components/office/team-view";
import { requirePermission } from "@/lib/auth/session";
import { getTeamOverview } from "@/lib/worklist/get-team-overview";

export default async function OfficeTeamPage() {
  const user = await requirePermission("office:view-team");
  const overview = await getTeamOverview(user);
  return <TeamView overview={overview} />;
}
