"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { ActionButton } from "@/components/forms/action-button";
import { createHouseholdAction } from "@/lib/households/actions";

export function CreateHouseholdButton({ beneficiaryId }: { beneficiaryId: string }) {
  const t = useTranslations("household");
  const router = useRouter();
  // One key per visit of the page: a double click creates one household.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ActionButton
      action={createHouseholdAction}
      input={{ beneficiaryId, idempotencyKey }}
      label={t("create")}
      variant="secondary"
      onSuccess={(data) => router.push(`/households/${(data as { id: string }).id}`)}
    />
  );
}
