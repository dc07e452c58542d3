"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { formatDay, today } from "@/lib/dates";
import { deliverPlanItemAction } from "@/lib/review/actions";
import { deliverPlanItemSchema } from "@/lib/review/schemas";

// Delivers one approved item as a service; the delivery day defaults to today.
export function DeliverItemForm({ itemId, number }: { itemId: string; number: number }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: deliverPlanItemSchema,
    action: deliverPlanItemAction,
    defaultValues: {
      itemId,
      deliveredOn: formatDay(today()),
      provider: "",
      idempotencyKey: crypto.randomUUID(),
    },
    onSuccess: () => router.refresh(),
  });
  const label = t("plan.deliverLabel", { number });
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={label}
      className="flex flex-wrap items-start gap-2"
    >
      <FormError message={formError ?? fieldError("deliveredOn") ?? null} />
      <Input
        id={`deliver-${itemId}`}
        type="date"
        aria-label={t("plan.deliveredOn")}
        {...form.register("deliveredOn")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting} aria-label={label}>
        {t("plan.deliver")}
      </Button>
    </form>
  );
}
