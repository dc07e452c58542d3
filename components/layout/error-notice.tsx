import { getTranslations } from "next-intl/server";
import Link from "next/link";

// The 404 and 403 text. It has no <main> of its own: inside the signed-in shell the shell's
// <main> holds it; alone (an unknown address) the page wraps it in one.
export async function ErrorNotice({ kind }: { kind: "notFound" | "forbidden" }) {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t(`${kind}Title`)}</h1>
      <p className="mt-2 text-slate-700">{t(`${kind}Body`)}</p>
      <Link href="/" className="mt-6 inline-block text-blue-700 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
