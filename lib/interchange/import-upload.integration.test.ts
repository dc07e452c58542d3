import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { generatedUpload, peakRssGrowth } from "@/lib/testing/generated-upload";
import { makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

import { importUpload } from "./import-upload";
import { receiveMultipart, UploadTooLarge } from "./receive-multipart";
import { serveImportUpload } from "./serve-import-upload";

const upload = (files: [string, string][], origin = "http://localhost") => {
  const form = new FormData();
  for (const [name, text] of files)
    form.append("files", new File([text], name, { type: "text/csv" }));
  return new Request("http://localhost/api/admin/import", {
    method: "POST",
    body: form,
    headers: { origin, host: "localhost" },
  });
};
const offices = "code,name,host_country\nUP-1,Uploaded office,KEN\n";

describe("the admin upload, streamed to temporary files and imported", () => {
  let admin: Actor;
  const tmp = path.join(os.tmpdir(), `passage-upload-test-${process.pid}`);
  const leftovers = () => readdirSync(tmp);

  beforeAll(() => {
    mkdirSync(tmp, { recursive: true });
    process.env.TMPDIR = tmp;
  });
  afterAll(() => {
    delete process.env.TMPDIR;
    rmSync(tmp, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await resetDatabase();
    admin = await makeUser("ADMIN", null);
  });

  it("imports valid files with one audit entry; the same upload again changes nothing; no temporary file is left", async () => {
    expect(await importUpload(admin, upload([["offices.csv", offices]]))).toStrictEqual({
      imported: true,
      errors: [],
      errorCount: 0,
      rowsWritten: 1,
    });
    expect(await importUpload(admin, upload([["offices.csv", offices]]))).toStrictEqual({
      imported: true,
      errors: [],
      errorCount: 0,
      rowsWritten: 0,
    });
    expect(await db.office.findMany({ select: { code: true, hostCountry: true } })).toStrictEqual([
      { code: "UP-1", hostCountry: "KEN" },
    ]);
    expect(
      await db.auditEntry.count({ where: { action: "interchange.import", actorId: admin.id } }),
    ).toBe(2);
    expect(leftovers()).toEqual([]);
  });

  it("lists every bad row as file:line: column: message and writes nothing", async () => {
    const outcome = await importUpload(
      admin,
      upload([
        ["offices.csv", "code,name,host_country\nUP-1,Office,XXX\n"],
        [
          "projects.csv",
          "code,title,office_code,start_date,end_date\nUP-P,Project,UP-1,2012-13-01,\n",
        ],
      ]),
    );
    expect(outcome).toMatchObject({ imported: false, errorCount: 2, rowsWritten: 0 });
    expect(outcome.errors).toEqual([
      'offices.csv:2: host_country: "XXX" is not an ISO 3166 alpha-3 country code',
      "projects.csv:2: start_date: is not a date (YYYY-MM-DD)",
    ]);
    expect(await db.office.count()).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("refuses non-admins, a body that is not multipart, no file, and more than five files", async () => {
    const fieldOffice = await makeOffice();
    for (const user of [await makeUser("HQ", null), await makeUser("SUPERVISOR", fieldOffice.id)]) {
      await expect(importUpload(user, upload([["offices.csv", offices]]))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const json = new Request("http://localhost/api/admin/import", {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    await expect(importUpload(admin, json)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(importUpload(admin, upload([]))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      importUpload(
        admin,
        upload(Array.from({ length: 6 }, (): [string, string] => ["offices.csv", offices])),
      ),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.office.count({ where: { code: "UP-1" } })).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("answers the route's callers: 401 signed out, 403 for HQ or another site's page, 400 for no file, 200 with the outcome for an admin", async () => {
    const status = async (request: Request, user: Actor | null) => {
      const response = await serveImportUpload(request, user);
      return {
        status: response.status,
        body: await response.json(),
        cache: response.headers.get("cache-control"),
      };
    };
    expect(await status(upload([["offices.csv", offices]]), null)).toMatchObject({
      status: 401,
      body: { error: "UNAUTHENTICATED" },
    });
    expect(
      await status(upload([["offices.csv", offices]]), await makeUser("HQ", null)),
    ).toMatchObject({ status: 403, body: { error: "FORBIDDEN" } });
    expect(
      await status(upload([["offices.csv", offices]], "https://evil.example"), admin),
    ).toMatchObject({ status: 403, body: { error: "FORBIDDEN" } });
    expect(await status(upload([]), admin)).toMatchObject({
      status: 400,
      body: { error: "VALIDATION" },
    });
    expect(await db.office.count()).toBe(0);
    expect(await status(upload([["offices.csv", offices]]), admin)).toStrictEqual({
      status: 200,
      body: { imported: true, errors: [], errorCount: 0, rowsWritten: 1 },
      cache: "no-store",
    });
  });

  it("cuts off an upload past the size limit, writing nothing and removing what was received", async () => {
    await expect(
      importUpload(admin, upload([["offices.csv", offices.repeat(200)]]), 1024),
    ).rejects.toBeInstanceOf(UploadTooLarge);
    expect(await db.office.count()).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("keeps memory flat while receiving: a 256 MB upload grows resident memory by less than a quarter of its size", async () => {
    const folder = mkdtempSync(path.join(tmp, "flat-"));
    const receive = (megabytes: number) => {
      const generated = generatedUpload(megabytes);
      return {
        generated,
        received: () =>
          receiveMultipart(generated.body as never, generated.contentType, folder, {
            maxBytes: 1024 ** 3,
            maxFiles: 5,
          }),
      };
    };
    await receive(4).received(); // loads the modules and warms the streams
    const large = receive(256);
    const { result, growthBytes } = await peakRssGrowth(large.received);
    expect(result).toMatchObject([{ field: "files", name: "services.csv" }]);
    expect(result[0]!.size).toBeGreaterThan(large.generated.bytes);
    expect(statSync(result[0]!.path).size).toBe(result[0]!.size);
    expect(growthBytes).toBeLessThan(large.generated.bytes / 4);
    rmSync(folder, { recursive: true, force: true });
  }, 120_000);
});
