import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { HeaderMenu } from "@/components/layout/header-menu";
import type { SignedInUser } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { countUnreadInbox } from "@/lib/inbox/list-inbox";

const navigation: { href: string; label: string; permission: Permission }[] = [
  { href: "/office", label: "nav.office", permission: "office:view-dashboard" },
  { href: "/cases", label: "nav.cases", permission: "case:read" },
  { href: "/beneficiaries", label: "registry.navLink", permission: "beneficiary:read" },
  { href: "/review", label: "nav.review", permission: "plan:review" },
  { href: "/review/office", label: "nav.officeReview", permission: "plan:review" },
  { href: "/office/report", label: "nav.officeReport", permission: "report:read-office" },
  { href: "/office/providers", label: "providers.navLink", permission: "case:read" },
  { href: "/office/team", label: "officeTeam.navLink", permission: "office:view-team" },
  { href: "/reports", label: "nav.reports", permission: "report:read" },
  { href: "/reports/htcds", label: "htcds.nav", permission: "htcds:export-anonymised" },
  { href: "/admin", label: "nav.admin", permission: "user:manage" },
  { href: "/admin/users", label: "nav.users", permission: "user:manage" },
  { href: "/admin/offices", label: "nav.offices", permission: "office:manage" },
  { href: "/admin/projects", label: "nav.projects", permission: "project:manage" },
  { href: "/admin/audit", label: "nav.audit", permission: "audit:read" },
  { href: "/account", label: "nav.account", permission: "account:manage-own" },
  { href: "/admin/sustainability", label: "nav.sustainability", permission: "office:manage" },
  { href: "/admin/import", label: "interchange.navLink", permission: "data:import" },
  { href: "/admin/settings", label: "nav.settings", permission: "settings:manage" },
];

// Touch-sized in the phone menu, compact in the desktop bar.
const navLink =
  "flex min-h-11 items-center rounded-md px-3 text-sm text-slate-100 hover:bg-slate-700 md:min-h-0 md:py-1.5";

export async function AppShell({
  user,
  children,
}: {
  user: SignedInUser | null;
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  // Until a required enrollment is done, there is nowhere to go but the enrollment page.
  const actor = user?.mustEnrollMfa ? null : user;
  const items = navigation.filter((item) => can(actor, item.permission));
  const unread = actor && can(actor, "inbox:read") ? await countUnreadInbox(actor) : null;
  return (
    <div className="min-h-screen bg-slate-100">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("app.skipToContent")}
      </a>
      <header className="bg-slate-800 text-white">
        <HeaderMenu
          brand={
            <Link href="/" className="text-lg font-semibold">
              {t("app.name")}
            </Link>
          }
          menuLabel={t("layout.menu")}
          tools={<LanguageSwitcher signedIn={!!user} />}
        >
          <nav aria-label={t("layout.mainNavigation")} className="md:flex-1">
            <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={navLink}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
              {unread !== null && (
                <li>
                  <Link href="/inbox" className={navLink} data-testid="nav-inbox">
                    {unread > 0 ? t("nav.inboxUnread", { count: unread }) : t("nav.inbox")}
                  </Link>
                </li>
              )}
            </ul>
          </nav>
          {user && (
            <div className="flex flex-wrap items-center gap-3 border-t border-slate-700 pt-3 text-sm md:border-0 md:pt-0">
              <span data-testid="signed-in-user">
                {t("nav.signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
              </span>
              <SignOutButton label={t("nav.signOut")} />
            </div>
          )}
        </HeaderMenu>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-4 md:py-8">
        {children}
      </main>
    </div>
  );
}
