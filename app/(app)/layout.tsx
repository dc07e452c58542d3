import { AppShell } from "@/components/layout/app-shell";
import { getSignedInUser } from "@/lib/auth/session";

// Draws the shell only; every page checks its own permission (a layout is not a guard).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  return <AppShell user={await getSignedInUser()}>{children}</AppShell>;
}
