import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { SetUpPasswordForm } from "@/components/auth/set-up-password-form";
import { findSetupLink } from "@/lib/users/setup-links";

export default async function SetUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findSetupLink(token);
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-medium text-blue-800">{t("app.name")}</p>
        <h1 className="mb-6 text-xl font-semibold">{t("setUp.title")}</h1>
        {link.state === "open" ? (
          <SetUpPasswordForm token={token} email={link.email} />
        ) : (
          <div className="space-y-4 text-sm text-slate-700">
            <p role="alert">{t(link.state === "expired" ? "setUp.expired" : "setUp.used")}</p>
            <Link href="/sign-in" className="text-blue-700 underline">
              {t("setUp.toSignIn")}
            </Link>
          </div>
        )}
      </div>
    </main>
  );
}
