import { getFormatter, getTranslations } from "next-intl/server";

import { DocumentList } from "@/components/documents/document-list";
import { DocumentUpload } from "@/components/documents/document-upload";
import { Section } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { listCaseConsents } from "@/lib/consent/list-case-consents";
import { listCaseDocuments } from "@/lib/documents/list-case-documents";
import { showDay } from "@/lib/i18n/format";

// The case page's documents: upload, list, preview, download and delete. Self-contained: it
// reads the signed-in user and the case's documents and consents itself.
export async function CaseDocumentsSection({
  caseId,
  canUpload,
}: {
  caseId: string;
  canUpload: boolean;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const t = await getTranslations();
  const format = await getFormatter();
  const [documents, consents] = await Promise.all([
    listCaseDocuments(user, caseId),
    listCaseConsents(user, caseId),
  ]);
  const consentOptions = consents
    .filter((consent) => !consent.withdrawnOn)
    .map((consent) => ({
      id: consent.id,
      label: t("documents.consentOption", {
        purpose: t(`vocabulary.ConsentPurpose.${consent.purpose}`),
        day: showDay(format, consent.givenOn),
      }),
    }));
  return (
    <Section title={t("documents.title")}>
      <div className="space-y-4">
        <DocumentList documents={documents} canDelete={canUpload} />
        {canUpload && <DocumentUpload caseId={caseId} consents={consentOptions} />}
      </div>
    </Section>
  );
}
