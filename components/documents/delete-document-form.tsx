"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { deleteDocumentAction } from "@/lib/documents/actions";
import { deleteDocumentSchema } from "@/lib/documents/schemas";

// Deleting erases the file; the list keeps the row with who, when and why.
export function DeleteDocumentForm({ documentId }: { documentId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, submit, formError, fieldError } = useActionForm({
    schema: deleteDocumentSchema,
    action: deleteDocumentAction,
    defaultValues: { documentId, reason: "" },
    onSuccess: () => router.refresh(),
  });
  const id = `delete-document-${documentId}-reason`;
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-700 underline">
        {t("documents.delete")}
      </summary>
      <form
        onSubmit={submit}
        noValidate
        aria-label={t("documents.delete")}
        className="mt-2 space-y-2"
      >
        <FormError message={formError} />
        <Field id={id} label={t("documents.deletionReason")} error={fieldError("reason")}>
          <Input
            id={id}
            autoComplete="off"
            invalid={!!fieldError("reason")}
            {...form.register("reason")}
          />
        </Field>
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {t("documents.confirmDelete")}
        </Button>
      </form>
    </details>
  );
}
