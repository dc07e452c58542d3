"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { resetUserPassword } from "@/app/(app)/admin/actions";
import { SetupLinkNotice } from "@/components/admin/setup-link-notice";
import { ActionButton } from "@/components/forms/action-button";

export function ResetPasswordButton({ userId }: { userId: string }) {
  const t = useTranslations("admin.users");
  const [setupPath, setSetupPath] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <ActionButton
        action={resetUserPassword}
        input={{ userId }}
        label={t("resetPassword")}
        variant="secondary"
        onSuccess={(data) => setSetupPath((data as { setupPath: string }).setupPath)}
      />
      {setupPath && <SetupLinkNotice setupPath={setupPath} />}
    </div>
  );
}
