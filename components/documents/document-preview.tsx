"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Button } from "@/components/ui/button";

// Inline preview from the app's own origin: an image in <img> (img-src 'self'), a PDF in a
// same-origin frame (the page's default-src 'self'; next.config.js lets only our pages frame
// it). Loaded only when asked for, since each viewing is audited.
export function DocumentPreview({
  documentId,
  isImage,
  fileName,
}: {
  documentId: string;
  isImage: boolean;
  fileName: string;
}) {
  const t = useTranslations();
  const [isOpen, setOpen] = useState(false);
  const source = `/api/documents/${documentId}/preview`;
  const label = t("documents.previewOf", { name: fileName });
  return (
    <div>
      <Button
        type="button"
        variant="secondary"
        aria-expanded={isOpen}
        onClick={() => setOpen(!isOpen)}
      >
        {isOpen ? t("documents.hidePreview") : t("documents.preview")}
      </Button>
      {isOpen &&
        (isImage ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private document, never optimised or cached
          <img src={source} alt={label} className="mt-2 max-h-96 max-w-full border" />
        ) : (
          <iframe
            src={source}
            title={label}
            className="mt-2 h-96 w-full border"
            data-testid="document-preview-frame"
          />
        ))}
    </div>
  );
}
