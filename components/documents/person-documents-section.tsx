import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmptyState, Section } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";
import { getCurrentUser } from "@/lib/auth/session";
import { listPersonDocuments } from "@/lib/documents/list-person-documents";
import { showMoment } from "@/lib/i18n/format";

// The person's page: their documents from every case the office holds, each linked to its
// case (where it is previewed and deleted). Self-contained, like the case page's section.
export async function PersonDocumentsSection({ beneficiaryId }: { beneficiaryId: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations();
  const format = await getFormatter();
  const documents = await listPersonDocuments(user, beneficiaryId);
  return (
    <Section title={t("documents.title")}>
      {documents.length === 0 ? (
        <EmptyState>{t("documents.none")}</EmptyState>
      ) : (
        <SimpleTable
          caption={t("documents.personCaption")}
          headers={[
            t("documents.file"),
            t("documents.type.label"),
            t("documents.case"),
            t("documents.uploaded"),
          ]}
          rows={documents.map((document) => [
            <a
              key="file"
              href={`/api/documents/${document.id}`}
              download
              className="text-blue-700 underline"
            >
              {t("documents.download", { name: document.fileName })}
            </a>,
            t(`documents.type.${document.type}`),
            <Link
              key="case"
              href={`/cases/${document.case.id}`}
              className="text-blue-700 underline"
            >
              {document.case.ref}
            </Link>,
            showMoment(format, document.createdAt),
          ])}
        />
      )}
    </Section>
  );
}
