import { getTranslations } from "next-intl/server";

// Every year's published figures as one HXL-tagged CSV for the Humanitarian Data Exchange,
// with its metadata beside it.
export async function HxlDownload() {
  const t = await getTranslations("hxl");
  return (
    <p className="mt-4 text-sm text-slate-700" data-testid="hxl-download">
      <a className="font-medium text-blue-700 underline" href="/api/reports/hxl" download>
        {t("download")}
      </a>
      {" · "}
      <a className="text-blue-700 underline" href="/api/reports/hxl?part=metadata" download>
        {t("downloadMetadata")}
      </a>
      <span className="ms-2 text-slate-600">{t("description")}</span>
    </p>
  );
}
