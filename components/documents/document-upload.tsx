"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type DragEvent } from "react";

import { Field, Select } from "@/components/ui/field";
import { DocumentType } from "@/lib/generated/prisma/enums";

type Item = {
  key: string;
  name: string;
  percent: number;
  state: "sending" | "done" | "failed";
  error?: string;
};
type Failure = "tooLarge" | "typeNotAllowed" | "failed";

// The route's refusal, as a catalogue key.
function failureOf(status: number, body: string): Failure {
  if (status === 413) return "tooLarge";
  try {
    const parsed = JSON.parse(body) as { fieldErrors?: { file?: string[] } };
    if (parsed.fieldErrors?.file?.includes("documentTypeNotAllowed")) return "typeNotAllowed";
  } catch {
    // not JSON: a proxy's page
  }
  return "failed";
}

// One request per file, so that each shows its own progress (XMLHttpRequest reports upload
// progress; fetch does not). The body is streamed by the server into the store.
function send(
  form: FormData,
  onProgress: (percent: number) => void,
): Promise<{ ok: true } | { ok: false; failure: Failure }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/documents");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () =>
      resolve(
        request.status === 201
          ? { ok: true }
          : { ok: false, failure: failureOf(request.status, request.responseText) },
      );
    request.onerror = () => resolve({ ok: false, failure: "failed" });
    request.send(form);
  });
}

export function DocumentUpload({
  caseId,
  consents,
}: {
  caseId: string;
  consents: { id: string; label: string }[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [type, setType] = useState<DocumentType>("OTHER");
  const [consentId, setConsentId] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const [isDragging, setDragging] = useState(false);

  const update = (key: string, change: Partial<Item>) =>
    setItems((current) =>
      current.map((item) => (item.key === key ? { ...item, ...change } : item)),
    );

  async function upload(files: File[]) {
    if (files.length === 0) return;
    const added = files.map((file) => ({
      file,
      item: { key: crypto.randomUUID(), name: file.name, percent: 0, state: "sending" as const },
    }));
    setItems((current) => [...added.map((entry) => entry.item), ...current]);
    await Promise.all(
      added.map(async ({ file, item }) => {
        const form = new FormData();
        form.append("caseId", caseId);
        form.append("type", type);
        form.append("consentId", type === "CONSENT_FORM" ? consentId : "");
        form.append("file", file);
        const result = await send(form, (percent) => update(item.key, { percent }));
        update(
          item.key,
          result.ok
            ? { state: "done", percent: 100 }
            : { state: "failed", error: t(`documents.errors.${result.failure}`) },
        );
      }),
    );
    router.refresh();
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void upload([...event.dataTransfer.files]);
  };

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 p-4">
      <h3 className="text-base font-semibold text-slate-900">{t("documents.uploadTitle")}</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-type`} label={t("documents.type.label")}>
          <Select
            id={`${id}-type`}
            value={type}
            onChange={(event) => setType(event.target.value as DocumentType)}
          >
            {Object.values(DocumentType).map((value) => (
              <option key={value} value={value}>
                {t(`documents.type.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        {type === "CONSENT_FORM" && (
          <Field id={`${id}-consent`} label={t("documents.provesConsent")}>
            <Select
              id={`${id}-consent`}
              value={consentId}
              onChange={(event) => setConsentId(event.target.value)}
            >
              <option value="">{t("documents.noConsent")}</option>
              {consents.map((consent) => (
                <option key={consent.id} value={consent.id}>
                  {consent.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="document-drop-zone"
        className={`rounded-md border-2 border-dashed p-4 text-sm text-slate-700 ${isDragging ? "border-blue-700 bg-blue-50" : "border-slate-300"}`}
      >
        <p>{t("documents.dropHint")}</p>
        <label htmlFor={`${id}-files`} className="mt-2 block font-medium text-slate-800">
          {t("documents.chooseFiles")}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept="application/pdf,image/png,image/jpeg,image/webp"
          className="mt-1 block text-sm"
          onChange={(event) => {
            void upload([...(event.target.files ?? [])]);
            event.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="space-y-2" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className="text-sm">
              <span className="block">{item.name}</span>
              <progress
                value={item.percent}
                max={100}
                aria-label={t("documents.progressOf", { name: item.name })}
                className="w-full"
              />
              <span className={item.state === "failed" ? "text-red-700" : "text-slate-700"}>
                {item.state === "failed"
                  ? item.error
                  : t(`documents.state.${item.state}`, { percent: item.percent })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
