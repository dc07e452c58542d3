import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    // Shown inside the signed-in shell, which has the page's one <main> already.
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
