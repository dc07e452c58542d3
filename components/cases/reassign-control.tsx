"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { reassignCasesAction } from "@/lib/cases/actions";
import type { CaseHolder } from "@/lib/cases/case-holders";
import { translateValidation } from "@/lib/i18n/validation-message";
import type { ActionResult } from "@/lib/safe-action";

type Props = {
  id: string;
  cases: { caseId: string; version: number }[];
  holders: CaseHolder[];
  onReassigned?: () => void;
};

// "Reassign N cases to …": the office's active caseworkers and supervisors, one click. Each
// case goes with the version shown, so a case changed meanwhile refuses the batch (CONFLICT).
export function ReassignControl({ id, cases, holders, onReassigned }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [assigneeId, setAssigneeId] = useState("");
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const holder = holders.find((candidate) => candidate.id === assigneeId);
  const count = cases.length;
  const run = () =>
    startTransition(async () => {
      if (!holder) return;
      setError(null);
      setNotice(null);
      const result = await reassignCasesAction({ cases, assigneeId, idempotencyKey }).catch(
        (): ActionResult<never> => ({ ok: false, error: "INTERNAL" }),
      );
      if (result.ok) {
        setNotice(t("assignment.reassigned", { count: result.data.moved, name: holder.name }));
        setIdempotencyKey(crypto.randomUUID());
        onReassigned?.();
        return router.refresh();
      }
      const message = result.fieldErrors?._form?.[0] ?? result.fieldErrors?.assigneeId?.[0];
      setError(
        message && t.has(`validation.${message}`)
          ? translateValidation(t, message)
          : t(`errors.${result.error}`),
      );
    });
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <FormNotice message={notice} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={`${id}-holder`} label={t("assignment.newHolder")}>
          <Select
            id={`${id}-holder`}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
          >
            <option value="">{t("assignment.chooseHolder")}</option>
            {holders.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="button" disabled={isPending || !holder || count === 0} onClick={run}>
          {holder
            ? t("assignment.reassignTo", { count, name: holder.name })
            : t("assignment.reassignToAnyone", { count })}
        </Button>
      </div>
    </div>
  );
}
