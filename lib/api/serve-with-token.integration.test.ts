import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";

import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { spendApiAllowance } from "@/lib/api-tokens/authenticate-api-token";
import type { Actor } from "@/lib/auth/actor";
import { hxlExportResponse } from "@/lib/reports/hxl/serve-hxl-export";
import { annualReportResponse } from "@/lib/reports/serve-annual-report";
import { executeAction } from "@/lib/safe-action";
import { readHxlCsv } from "@/lib/testing/hxl";
import {
  auditRows,
  makeCase,
  makeOffice,
  makeServices,
  makeUser,
  resetDatabase,
  unwrap,
} from "@/lib/testing/kit";

import { serveWithToken } from "./serve-with-token";

const ENDPOINT = "GET /api/v1/reports/annual";
const call = (query: string, authorization?: string) =>
  serveWithToken(
    new Request(`http://localhost/api/v1/reports/annual?${query}`, {
      headers: authorization ? { authorization } : {},
    }),
    ENDPOINT,
    annualReportResponse,
  );

let hq: Actor;
let token: string;
let tokenId: string;
beforeEach(async () => {
  await resetDatabase();
  hq = await makeUser("HQ", null);
  const created = unwrap(
    await executeAction(createApiTokenAction.definition, hq, { name: "t", expiresInDays: 30 }),
  );
  token = created.token;
  tokenId = created.id;
  const office = await makeOffice("MEX");
  for (let index = 0; index < 12; index++)
    await makeServices(await makeCase(office, "AVR"), ["COUNSELLING", "2012-04-01"]);
});

describe("the aggregates API behind a personal access token", () => {
  it("answers a bearer token with the published report, and audits the use", async () => {
    const response = await call("year=2012", `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ year: 2012, migrantsAssisted: 12 });
    expect(await auditRows("api-token.use")).toHaveLength(1);
  });

  it("refuses no token, another scheme, a wrong or a revoked token with 401, auditing nothing", async () => {
    unwrap(await executeAction(revokeApiTokenAction.definition, hq, { tokenId }));
    for (const authorization of [
      undefined,
      `Basic ${token}`,
      `Bearer ${token}`,
      "Bearer psg_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ]) {
      const response = await call("year=2012", authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe("Bearer");
    }
    expect(await auditRows("api-token.use")).toHaveLength(0);
  });

  it("refuses a selection too small to publish with 422 SELECTION_REFUSED, as the HQ route does", async () => {
    const response = await call("year=2013", `Bearer ${token}`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: "SELECTION_REFUSED",
      reason: "too-small",
      threshold: 10,
    });
  });

  it("answers malformed queries with 400 VALIDATION, never a failure of the server", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("2012", "-1", "1e9", "x".repeat(500), "MEX", "mex", "%00", "xlsx", "pdf"),
    );
    const query = fc.dictionary(
      fc.constantFrom("year", "office", "hostCountry", "region", "format", "extra"),
      value,
    );
    await fc.assert(
      fc.asyncProperty(query, async (params) => {
        const response = await call(new URLSearchParams(params).toString(), `Bearer ${token}`);
        expect([200, 400, 422]).toContain(response.status);
        if (response.status === 400) expect(await response.json()).toEqual({ error: "VALIDATION" });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("limits the requests of a token per minute with 429 and Retry-After", async () => {
    while ((await spendApiAllowance(tokenId)) === null);
    const response = await call("year=2012", `Bearer ${token}`);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("serves the multi-year HXL file and its metadata", async () => {
    const hxl = (query: string) =>
      serveWithToken(
        new Request(`http://localhost/api/v1/reports/hxl?${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        "GET /api/v1/reports/hxl",
        hxlExportResponse,
      );
    const { rows } = readHxlCsv(await (await hxl("")).text());
    expect(rows.length).toBeGreaterThan(0);
    expect(await (await hxl("part=metadata")).json()).toMatchObject({ years: [2012] });
    expect((await hxl("part=everything")).status).toBe(400);
  });
});
