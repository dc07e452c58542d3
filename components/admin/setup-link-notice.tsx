"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";

// The link is shown once, here: only a hash of it is stored, so it cannot be shown again.
export function SetupLinkNotice({ setupPath }: { setupPath: string }) {
  const t = useTranslations("admin.users");
  const [isCopied, setIsCopied] = useState(false);
  const link = `${window.location.origin}${setupPath}`;
  return (
    <div className="space-y-2 rounded-md bg-blue-50 p-3 text-sm text-blue-950" role="status">
      <p>{t("setupLinkHelp")}</p>
      <div className="flex gap-2">
        <input
          readOnly
          value={link}
          aria-label={t("setupLink")}
          data-testid="setup-link"
          className="min-w-0 flex-1 rounded border border-blue-200 bg-white px-2 py-1 font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setIsCopied(true);
          }}
        >
          {isCopied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
