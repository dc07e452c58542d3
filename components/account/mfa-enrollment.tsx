"use client";

import { useTranslations } from "next-intl";
import Image from "next/image";
import { useState } from "react";

import { MfaCodeForm } from "@/components/account/mfa-code-form";
import { RecoveryCodeList } from "@/components/account/recovery-code-list";
import { signOutTo } from "@/components/auth/sign-out";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { confirmMfaEnrollmentAction, startMfaEnrollmentAction } from "@/lib/mfa/actions";
import { confirmMfaEnrollmentSchema } from "@/lib/mfa/schemas";

type Started = { secret: string; qrCode: string };

// Secret and QR code, then a code from the app to prove it works, then the recovery codes
// (shown once) and a fresh sign-in: enrolling ends every session.
export function MfaEnrollment() {
  const t = useTranslations();
  const [started, setStarted] = useState<Started | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    const result = await startMfaEnrollmentAction({}).catch(() => ({
      ok: false as const,
      error: "INTERNAL" as const,
    }));
    if (result.ok) setStarted(result.data);
    else setError(t(`errors.${result.error}`));
  };

  if (recoveryCodes) {
    return (
      <div className="space-y-4">
        <RecoveryCodeList codes={recoveryCodes} help={t("mfa.recoveryHelp")} />
        <p className="text-sm text-slate-700">{t("mfa.signInAgainHelp")}</p>
        <Button type="button" onClick={() => signOutTo("/sign-in")}>
          {t("mfa.signInAgain")}
        </Button>
      </div>
    );
  }
  if (!started) {
    return (
      <div className="space-y-3">
        <FormError message={error} />
        <Button type="button" onClick={start}>
          {t("mfa.start")}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p className="max-w-xl text-sm text-slate-700">{t("mfa.scan")}</p>
      <Image
        src={started.qrCode}
        alt={t("mfa.qrAlt")}
        width={224}
        height={224}
        unoptimized
        className="rounded border border-slate-200 bg-white"
      />
      <p className="text-sm text-slate-700">
        {t("mfa.secret")}:{" "}
        <code data-testid="mfa-secret" className="font-mono text-base">
          {started.secret.match(/.{1,4}/g)?.join(" ")}
        </code>
      </p>
      <MfaCodeForm
        id="mfa-enroll-code"
        schema={confirmMfaEnrollmentSchema}
        action={confirmMfaEnrollmentAction}
        label={t("mfa.code")}
        submitLabel={t("mfa.confirm")}
        onSuccess={(data) => setRecoveryCodes(data.recoveryCodes)}
      />
    </div>
  );
}
