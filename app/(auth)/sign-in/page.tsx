import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Suspense } from "react";

import { SignInForm } from "@/components/auth/sign-in-form";
import { getSignedInUser } from "@/lib/auth/session";

export default async function SignInPage() {
  if (await getSignedInUser()) redirect("/");
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-medium text-blue-800">{t("app.name")}</p>
        <h1 className="mb-6 text-xl font-semibold">{t("signIn.title")}</h1>
        <Suspense>
          <SignInForm />
        </Suspense>
      </div>
    </main>
  );
}
