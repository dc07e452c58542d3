import { getFormatter, getTranslations } from "next-intl/server";

import { DeleteDocumentForm } from "@/components/documents/delete-document-form";
import { DocumentPreview } from "@/components/documents/document-preview";
import { EmptyState } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import type { CaseDocumentRow } from "@/lib/documents/list-case-documents";
import { showDay, showMoment } from "@/lib/i18n/format";

export async function DocumentList({
  documents,
  canDelete,
}: {
  documents: CaseDocumentRow[];
  canDelete: boolean;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (documents.length === 0) return <EmptyState>{t("documents.none")}</EmptyState>;
  const size = (bytes: number) =>
    format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
  const actions = (document: CaseDocumentRow) => {
    if (document.deletedAt)
      return t("documents.deleted", {
        moment: showMoment(format, document.deletedAt),
        name: document.deletedBy?.name ?? "—",
        reason: document.deletionReason ?? "—",
      });
    return (
      <div className="space-y-1">
        <a
          href={`/api/documents/${document.id}`}
          download
          className="text-blue-700 underline"
          data-testid="document-download"
        >
          {t("documents.download", { name: document.fileName })}
        </a>
        <DocumentPreview
          documentId={document.id}
          isImage={document.mediaType.startsWith("image/")}
          fileName={document.fileName}
        />
        {canDelete && <DeleteDocumentForm documentId={document.id} />}
      </div>
    );
  };
  return (
    <SimpleTable
      caption={t("documents.caption")}
      headers={[
        t("documents.file"),
        t("documents.type.label"),
        t("documents.provesConsent"),
        t("documents.size"),
        t("documents.uploaded"),
        t("a11y.actionColumn"),
      ]}
      rows={documents.map((document) => [
        document.deletedAt ? <s key="name">{document.fileName}</s> : document.fileName,
        t(`documents.type.${document.type}`),
        document.consent
          ? t("documents.consentOption", {
              purpose: t(`vocabulary.ConsentPurpose.${document.consent.purpose}`),
              day: showDay(format, document.consent.givenOn),
            })
          : "—",
        size(document.sizeBytes),
        t("documents.uploadedBy", {
          moment: showMoment(format, document.createdAt),
          name: document.uploadedBy.name,
        }),
        actions(document),
      ])}
    />
  );
}
