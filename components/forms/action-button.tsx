"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { translateValidation } from "@/lib/i18n/validation-message";
import type { ActionResult } from "@/lib/safe-action";

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  variant?: "primary" | "secondary";
  onSuccess?: (data: unknown) => void;
};

// A one-click server action (submit a plan, mark a message read): shows the server's
// refusal in words and refreshes the page on success.
export function ActionButton<I>({
  action,
  input,
  label,
  variant = "primary",
  onSuccess,
}: Props<I>) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await action(input).catch((): ActionResult<never> => ({
        ok: false,
        error: "INTERNAL",
      }));
      if (result.ok) {
        onSuccess?.(result.data);
        return router.refresh();
      }
      const message = result.fieldErrors?._form?.[0];
      setError(
        message && t.has(`validation.${message}`)
          ? translateValidation(t, message)
          : t(`errors.${result.error}`),
      );
    });
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Button type="button" variant={variant} disabled={isPending} onClick={run}>
        {label}
      </Button>
    </div>
  );
}
