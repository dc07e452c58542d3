"use client";

import { useTranslations } from "next-intl";

export function RecoveryCodeList({ codes, help }: { codes: string[]; help: string }) {
  const t = useTranslations("mfa");
  return (
    <section
      aria-labelledby="recovery-codes-title"
      className="max-w-md space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="recovery-codes-title" className="text-lg font-semibold text-slate-900">
        {t("recoveryTitle")}
      </h2>
      <p className="text-sm text-slate-700">{help}</p>
      <ol data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
