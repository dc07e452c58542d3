"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormError, FormNotice } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { decidePlanAction } from "@/lib/review/actions";
import { decidePlanSchema } from "@/lib/review/schemas";

export function DecisionForm({ planId, version }: { planId: string; version: number }) {
  const t = useTranslations("review");
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, submit, formError, fieldError } = useActionForm({
    schema: decidePlanSchema,
    action: decidePlanAction,
    defaultValues: { planId, version, decision: "APPROVE", comment: "" },
    onSuccess: () => {
      setNotice(t("recorded"));
      router.refresh();
    },
  });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t("decision")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <FormError message={formError} />
      <FormNotice message={notice} />
      <Field id="decision-decision" label={t("decision")} error={fieldError("decision")}>
        <Select id="decision-decision" {...form.register("decision")}>
          <option value="APPROVE">{t("approve")}</option>
          <option value="RETURN">{t("return")}</option>
          <option value="REJECT">{t("reject")}</option>
        </Select>
      </Field>
      <Field id="decision-comment" label={t("comment")} error={fieldError("comment")}>
        <Textarea
          id="decision-comment"
          invalid={!!fieldError("comment")}
          {...form.register("comment")}
        />
      </Field>
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting || notice !== null}>
          {t("record")}
        </Button>
      </div>
    </form>
  );
}
