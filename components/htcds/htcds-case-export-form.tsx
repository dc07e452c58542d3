"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";

type FieldErrors = Record<string, string[] | undefined>;

// The supervisor's case-level HTCDS file. A POST (the reason never goes into a URL); the
// answer is the file, saved through a temporary link, or the refusal with field messages.
export function HtcdsCaseExportForm({ canIncludeIdentifying }: { canIncludeIdentifying: boolean }) {
  const t = useTranslations("htcds.caseLevel");
  const tValidation = useTranslations("validation");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>("");
  const [isBusy, setBusy] = useState(false);
  const error = (name: string) => {
    const code = errors[name]?.[0];
    return code ? (tValidation.has(code) ? tValidation(code) : t("failed")) : undefined;
  };

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setStatus("");
    setErrors({});
    try {
      const response = await fetch("/api/htcds/cases", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          reason: data.get("reason") ?? "",
          includeIdentifying: data.get("includeIdentifying") === "on",
          yearFrom: data.get("yearFrom") ?? "",
          yearTo: data.get("yearTo") ?? "",
        }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { fieldErrors?: FieldErrors };
        setErrors(body.fieldErrors ?? {});
        setStatus(t("failed"));
        return;
      }
      const rows = Number(response.headers.get("x-htcds-rows") ?? 0);
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = name?.[1] ?? "htcds-cases.csv";
      link.click();
      URL.revokeObjectURL(url);
      setStatus(t("done", { rows }));
    } catch {
      setStatus(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 grid max-w-3xl gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field id="htcds-reason" label={t("reason")} error={error("reason")}>
          <p id="htcds-reason-hint" className="mt-1 text-sm text-slate-600">
            {t("reasonHint")}
          </p>
          <Textarea
            id="htcds-reason"
            name="reason"
            required
            maxLength={500}
            invalid={!!error("reason")}
            aria-describedby={
              error("reason") ? "htcds-reason-error htcds-reason-hint" : "htcds-reason-hint"
            }
          />
        </Field>
      </div>
      <Field id="htcds-case-yearFrom" label={t("yearFrom")} error={error("yearFrom")}>
        <Input
          id="htcds-case-yearFrom"
          name="yearFrom"
          type="number"
          inputMode="numeric"
          invalid={!!error("yearFrom")}
        />
      </Field>
      <Field id="htcds-case-yearTo" label={t("yearTo")} error={error("yearTo")}>
        <Input
          id="htcds-case-yearTo"
          name="yearTo"
          type="number"
          inputMode="numeric"
          invalid={!!error("yearTo")}
        />
      </Field>
      {canIncludeIdentifying && (
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="includeIdentifying"
              className="mt-1"
              aria-describedby="htcds-identifying-hint"
            />
            <span>{t("includeIdentifying")}</span>
          </label>
          <p id="htcds-identifying-hint" className="ms-6 mt-1 text-sm text-slate-600">
            {t("includeIdentifyingHint")}
          </p>
        </div>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isBusy}>
          {t("download")}
        </Button>
        <p role="status" className="mt-2 text-sm text-slate-700">
          {status}
        </p>
      </div>
    </form>
  );
}
