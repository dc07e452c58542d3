"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

import type { ReportFilter } from "@/lib/reports/annual-report";
import { requestReportExportAction } from "@/lib/reports/exports/actions";

type Format = "CSV" | "XLSX" | "PDF";
type Job = { id: string; format: Format; status: string; progress: number };

// Starts a background export and polls its progress; the page stays usable meanwhile.
export function ExportButtons({ filter }: { filter: ReportFilter }) {
  const t = useTranslations("report.export");
  const locale = useLocale();
  const [job, setJob] = useState<Job | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!job || job.status === "DONE" || job.status === "FAILED") return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/reports/exports/${job.id}`, { cache: "no-store" });
      if (response.ok) setJob({ ...job, ...(await response.json()) });
      else setFailed(true);
    }, 800);
    return () => clearTimeout(timer);
  }, [job]);

  const start = async (format: Format) => {
    setFailed(false);
    const result = await requestReportExportAction({ format, filter, locale });
    if (result.ok) setJob({ id: result.data.id, format, status: "QUEUED", progress: 0 });
    else setFailed(true);
  };
  const busy = !!job && job.status !== "DONE" && job.status !== "FAILED";
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {(["CSV", "XLSX", "PDF"] as const).map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy}
          onClick={() => start(format)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:text-slate-400"
        >
          {t("start", { format })}
        </button>
      ))}
      {busy && (
        <span role="status" className="flex items-center gap-2">
          <progress max={100} value={job.progress} aria-label={t("progress")} />
          {t("running", { progress: job.progress })}
        </span>
      )}
      {job?.status === "DONE" && (
        <a
          className="font-medium text-blue-700 underline"
          href={`/api/reports/exports/${job.id}?download=1`}
        >
          {t("download", { format: job.format })}
        </a>
      )}
      {(failed || job?.status === "FAILED") && (
        <span role="alert" className="text-red-700">
          {t("failed")}
        </span>
      )}
    </div>
  );
}
