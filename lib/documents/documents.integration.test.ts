import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { anonymiseExpiredCases } from "@/lib/retention/anonymise-expired-cases";
import { executeAction } from "@/lib/safe-action";
import { peakRssGrowth } from "@/lib/testing/generated-upload";
import {
  auditRows,
  makeCase,
  makeConsent,
  makeDocument,
  makeOffice,
  makeUser,
  resetDatabase,
} from "@/lib/testing/kit";

import { deleteDocumentAction } from "./actions";
import { listCaseDocuments } from "./list-case-documents";
import { listPersonDocuments } from "./list-person-documents";
import { serveDocument, serveDocumentUpload } from "./serve-documents";

const pdf = (size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(size - 9)]);

function upload(
  fields: Record<string, string>,
  file: { name: string; bytes: Buffer; type?: string },
  origin = "http://localhost",
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(
    "file",
    new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? "application/pdf" }),
  );
  return new Request("http://localhost/api/documents", {
    method: "POST",
    body: form,
    headers: { origin, host: "localhost" },
  });
}

const bodyOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const counts = async () => ({
  documents: await db.caseDocument.count(),
  chunks: await db.documentChunk.count(),
});

describe("documents on a case", () => {
  let tapachula: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let berlin: Actor;
  let kase: Awaited<ReturnType<typeof makeCase>>;

  beforeEach(async () => {
    await resetDatabase();
    tapachula = await makeOffice("MEX");
    const berlinOffice = await makeOffice("DEU");
    caseworker = await makeUser("CASEWORKER", tapachula.id);
    berlin = await makeUser("CASEWORKER", berlinOffice.id);
    kase = await makeCase(tapachula, "AVR");
  });

  it("stores an upload in 1 MiB chunks and gives back the same bytes as an attachment with a safe name; upload and download are audited", async () => {
    const bytes = pdf(2.5 * 1024 * 1024);
    const created = await serveDocumentUpload(
      upload({ caseId: kase.id, type: "AVR_DECLARATION" }, { name: "../x/Déclaration.exe", bytes }),
      caseworker,
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await counts()).toStrictEqual({ documents: 1, chunks: 3 });
    const [listed] = await listCaseDocuments(caseworker, kase.id);
    expect(listed).toMatchObject({
      id,
      type: "AVR_DECLARATION",
      fileName: "Déclaration.pdf",
      mediaType: "application/pdf",
      sizeBytes: bytes.length,
      deletedAt: null,
    });
    const download = await serveDocument(id, caseworker, "download");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(
      /^attachment; filename="D_claration.pdf"/,
    );
    expect((await bodyOf(download)).equals(bytes)).toBe(true);
    const preview = await serveDocument(id, caseworker, "view");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
    expect((await bodyOf(preview)).equals(bytes)).toBe(true);
    expect(
      (await auditRows()).map((row) => row.action).filter((a) => a.startsWith("document.")),
    ).toEqual(["document.upload", "document.download", "document.view"]);
  });

  it("links a consent form to the consent it proves, and refuses another case's consent or a link from another type", async () => {
    const consent = await makeConsent(kase, caseworker);
    const other = await makeConsent(await makeCase(tapachula, "AVR"), caseworker);
    const send = (fields: Record<string, string>) =>
      serveDocumentUpload(
        upload({ caseId: kase.id, ...fields }, { name: "form.pdf", bytes: pdf(2000) }),
        caseworker,
      );
    expect((await send({ type: "CONSENT_FORM", consentId: consent.id })).status).toBe(201);
    expect((await send({ type: "CONSENT_FORM", consentId: other.id })).status).toBe(400);
    expect((await send({ type: "MEDICAL", consentId: consent.id })).status).toBe(400);
    const listed = await listCaseDocuments(caseworker, kase.id);
    expect(listed.map((row) => row.consent?.id)).toEqual([consent.id]);
  });

  it("refuses a Windows program renamed .pdf and declared a PDF, storing nothing", async () => {
    const program = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), randomBytes(4000)]);
    const response = await serveDocumentUpload(
      upload(
        { caseId: kase.id, type: "OTHER" },
        { name: "invoice.pdf", bytes: program, type: "application/pdf" },
      ),
      caseworker,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "VALIDATION",
      fieldErrors: { file: ["documentTypeNotAllowed"] },
    });
    expect(await counts()).toStrictEqual({ documents: 0, chunks: 0 });
  });

  it("cuts off an upload past the size limit with 413, storing nothing", async () => {
    const response = await serveDocumentUpload(
      upload({ caseId: kase.id, type: "OTHER" }, { name: "big.pdf", bytes: pdf(3 * 1024 * 1024) }),
      caseworker,
      1024 * 1024,
    );
    expect(response.status).toBe(413);
    expect(await counts()).toStrictEqual({ documents: 0, chunks: 0 });
  });

  it("answers 401 signed out, 403 to HQ, an admin and another site's page, storing nothing", async () => {
    const send = (user: Actor | null, origin?: string) =>
      serveDocumentUpload(
        upload({ caseId: kase.id, type: "OTHER" }, { name: "a.pdf", bytes: pdf(100) }, origin),
        user,
      );
    expect((await send(null)).status).toBe(401);
    expect((await send(await makeUser("HQ", null))).status).toBe(403);
    expect((await send(await makeUser("ADMIN", null))).status).toBe(403);
    expect((await send(caseworker, "https://evil.example")).status).toBe(403);
    expect(await counts()).toStrictEqual({ documents: 0, chunks: 0 });
  });

  it("never lets Berlin list, download or preview a Tapachula document: not by id, not through the handler, not by a raw query as passage_app without the office filter; HQ and admins are refused", async () => {
    const document = await makeDocument(kase, caseworker);
    expect(await listCaseDocuments(berlin, kase.id)).toEqual([]);
    for (const purpose of ["download", "view"] as const) {
      expect((await serveDocument(document.id, berlin, purpose)).status).toBe(404);
      expect((await serveDocument(document.id, await makeUser("HQ", null), purpose)).status).toBe(
        403,
      );
      expect(
        (await serveDocument(document.id, await makeUser("ADMIN", null), purpose)).status,
      ).toBe(403);
    }
    // A guessed URL: an id that is not a uuid, or one that does not exist.
    expect((await serveDocument("../../etc/passwd", berlin, "download")).status).toBe(404);
    expect((await serveDocument(crypto.randomUUID(), berlin, "download")).status).toBe(404);
    // Row-level security: the same raw queries see the document as Tapachula, nothing as Berlin.
    const raw = (actor: Actor) =>
      withActor(actor, async () => ({
        documents: await db.$queryRaw<{ id: string }[]>`SELECT id FROM documents`,
        chunks: await db.$queryRaw<{ seq: number }[]>`SELECT seq FROM document_chunks`,
      }));
    expect(await raw(caseworker)).toMatchObject({
      documents: [{ id: document.id }],
      chunks: [{ seq: 0 }],
    });
    expect(await raw(berlin)).toStrictEqual({ documents: [], chunks: [] });
    expect(
      await withActor(berlin, () =>
        db.documentChunk.deleteMany({ where: { documentId: document.id } }),
      ),
    ).toStrictEqual({ count: 0 });
    expect(await counts()).toStrictEqual({ documents: 1, chunks: 1 });
    expect((await auditRows()).filter((row) => row.action.startsWith("document."))).toEqual([]);
  });

  it("deletes with a reason: the bytes are erased, the row keeps who and why, the download is gone; Berlin cannot delete it", async () => {
    const document = await makeDocument(kase, caseworker);
    const remove = (actor: Actor) =>
      executeAction(deleteDocumentAction.definition, actor, {
        documentId: document.id,
        reason: "Uploaded to the wrong case",
      });
    expect(await remove(berlin)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await remove(caseworker)).toMatchObject({ ok: true });
    expect(await counts()).toStrictEqual({ documents: 1, chunks: 0 });
    const [listed] = await listCaseDocuments(caseworker, kase.id);
    expect(listed).toMatchObject({
      deletionReason: "Uploaded to the wrong case",
      deletedBy: { name: caseworker.name },
    });
    expect((await serveDocument(document.id, caseworker, "download")).status).toBe(404);
    expect(await remove(caseworker)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await auditRows("document.delete")).length).toBe(1);
  });

  it("lists a person's documents across the cases of theirs the office holds, without deleted ones; Berlin sees none", async () => {
    const second = await makeCase(tapachula, "REINTEGRATION", {
      beneficiary: { id: kase.beneficiaryId },
    });
    const first = await makeDocument(kase, caseworker);
    const other = await makeDocument(second, caseworker);
    const gone = await makeDocument(second, caseworker);
    await executeAction(deleteDocumentAction.definition, caseworker, {
      documentId: gone.id,
      reason: "Duplicate",
    });
    const listed = await listPersonDocuments(caseworker, kase.beneficiaryId);
    expect(new Set(listed.map((row) => row.id))).toStrictEqual(new Set([first.id, other.id]));
    expect(await listPersonDocuments(berlin, kase.beneficiaryId)).toEqual([]);
  });

  it("leaves an anonymised case no documents", async () => {
    const closed = await makeCase(tapachula, "AVR", {
      openedOn: "2014-01-05",
      status: "CLOSED",
      closedOn: "2015-01-05",
    });
    await makeDocument(closed, caseworker, pdf(1.5 * 1024 * 1024));
    const kept = await makeDocument(kase, caseworker);
    const summary = await anonymiseExpiredCases(db, { asOf: toDay("2026-06-01"), dryRun: false });
    expect(summary.cases).toBe(1);
    expect(await db.caseDocument.findMany({ select: { id: true } })).toStrictEqual([
      { id: kept.id },
    ]);
    expect(await db.documentChunk.count({ where: { documentId: { not: kept.id } } })).toBe(0);
  });

  it("keeps memory flat: a 200 MB upload, streamed into the store, grows resident memory by less than a quarter of its size", async () => {
    const megabytes = 200;
    const piece = randomBytes(1024 * 1024);
    const generated = (size: number) => {
      const boundary = "passage-document-upload";
      const encoder = new TextEncoder();
      const head = encoder.encode(
        `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${kase.id}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\nOTHER\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
      );
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) controller.enqueue(head);
          if (sent === size) {
            controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
            controller.close();
          } else controller.enqueue(new Uint8Array(piece));
          sent++;
        },
      });
      return new Request("http://localhost/api/documents", {
        method: "POST",
        body,
        headers: {
          origin: "http://localhost",
          host: "localhost",
          "content-type": `multipart/form-data; boundary=${boundary}`,
        },
        duplex: "half",
      } as RequestInit);
    };
    // The size limit raised for the test, as DOCUMENT_MAX_MB would.
    const limit = 300 * 1024 * 1024;
    expect((await serveDocumentUpload(generated(2), caseworker, limit)).status).toBe(201); // warms up
    const { result, growthBytes } = await peakRssGrowth(() =>
      serveDocumentUpload(generated(megabytes), caseworker, limit),
    );
    expect(result.status).toBe(201);
    const { id } = (await result.json()) as { id: string };
    const stored = await db.caseDocument.findUniqueOrThrow({
      where: { id },
      select: { sizeBytes: true },
    });
    expect(stored.sizeBytes).toBe(megabytes * 1024 * 1024 + 9);
    expect(await db.documentChunk.count({ where: { documentId: id } })).toBe(megabytes + 1);
    expect(growthBytes).toBeLessThan((megabytes * 1024 * 1024) / 4);
  }, 600_000);
});
