import { ProviderDirectory } from "@/components/providers/provider-directory";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listProviders } from "@/lib/providers/list-providers";

// The office's directory of service providers: its field staff read it, supervisors keep it.
export default async function ProvidersPage() {
  const user = await requirePermission("case:read");
  const providers = await listProviders(user);
  return <ProviderDirectory providers={providers} canManage={can(user, "provider:manage")} />;
}
