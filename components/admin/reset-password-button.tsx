"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { SetupLinkNotice } from "@/components/admin/setup-link-notice";
import { ActionButton } from "@/components/forms/action-button";
import { resetUserPasswordAction } from "@/lib/users/actions";

export function ResetPasswordButton({ userId }: { userId: string }) {
  const t = useTranslations("admin.users");
  const [setupPath, setSetupPath] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <ActionButton
        action={resetUserPasswordAction}
        input={{ userId }}
        label={t("resetPassword")}
        variant="secondary"
        onSuccess={(data) => setSetupPath((data as { setupPath: string }).setupPath)}
      />
      {setupPath && <SetupLinkNotice setupPath={setupPath} />}
    </div>
  );
}
