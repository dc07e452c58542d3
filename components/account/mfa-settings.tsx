"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { MfaCodeForm } from "@/components/account/mfa-code-form";
import { MfaEnrollment } from "@/components/account/mfa-enrollment";
import { RecoveryCodeList } from "@/components/account/recovery-code-list";
import { FormNotice } from "@/components/forms/form-error";
import { disableMfaAction, regenerateRecoveryCodesAction } from "@/lib/mfa/actions";
import { disableMfaSchema, regenerateRecoveryCodesSchema } from "@/lib/mfa/schemas";

type Props = {
  status: { isEnrolled: boolean; recoveryCodesLeft: number };
  mustEnroll: boolean;
  mayDisable: boolean;
};

export function MfaSettings({ status, mustEnroll, mayDisable }: Props) {
  const t = useTranslations("mfa");
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!status.isEnrolled) {
    return (
      <div className="space-y-4">
        <FormNotice message={notice} />
        <p className="max-w-xl text-sm text-slate-700" data-testid="mfa-status">
          {mustEnroll ? t("mustEnroll") : t("isOff")}
        </p>
        <MfaEnrollment />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700" data-testid="mfa-status">
        {t("isOn")} {t("recoveryLeft", { count: status.recoveryCodesLeft })}
      </p>
      {newCodes && <RecoveryCodeList codes={newCodes} help={t("newCodes")} />}
      <MfaCodeForm
        id="mfa-regenerate-code"
        schema={regenerateRecoveryCodesSchema}
        action={regenerateRecoveryCodesAction}
        label={t("code")}
        help={t("regenerateHelp")}
        submitLabel={t("regenerate")}
        variant="secondary"
        onSuccess={(data) => setNewCodes(data.recoveryCodes)}
      />
      {mayDisable && (
        <MfaCodeForm
          id="mfa-disable-code"
          schema={disableMfaSchema}
          action={disableMfaAction}
          label={t("code")}
          help={t("disableHelp")}
          submitLabel={t("disable")}
          variant="danger"
          onSuccess={() => setNotice(t("disabled"))}
        />
      )}
    </div>
  );
}
