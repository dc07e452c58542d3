import { createHash } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import { auditRows, makeOffice, makeUser, resetDatabase, unwrap } from "@/lib/testing/kit";

import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { authenticateApiToken, recordApiUse } from "./authenticate-api-token";
import { listApiTokens } from "./list-api-tokens";

const create = (actor: Actor, input: unknown) =>
  executeAction(createApiTokenAction.definition, actor, input);
const revoke = (actor: Actor, tokenId: string) =>
  executeAction(revokeApiTokenAction.definition, actor, { tokenId });

let hq: Actor;
beforeEach(async () => {
  await resetDatabase();
  hq = await makeUser("HQ", null);
});

describe("creating a personal access token", () => {
  it("returns a 256-bit token once and stores only its SHA-256, with an audit entry", async () => {
    const { id, token, expiresAt } = unwrap(await create(hq, { name: "HDX", expiresInDays: 30 }));
    expect(token).toMatch(/^psg_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));
    expect(expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 86_400_000);
    const [entry] = await auditRows("api-token.create");
    expect(entry).toMatchObject({ actor_id: hq.id, entity_id: id });
    expect(entry!.row).not.toContain(token);
  });

  it("refuses a lifetime over 365 days, and no name", async () => {
    for (const input of [
      { name: "long", expiresInDays: 366 },
      { name: "none", expiresInDays: 0 },
      { name: " ", expiresInDays: 30 },
    ])
      expect(await create(hq, input)).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(await db.apiToken.count()).toBe(0);
  });

  it("is for HQ only: caseworkers, supervisors and admins are refused", async () => {
    const office = await makeOffice();
    for (const role of ["CASEWORKER", "SUPERVISOR", "ADMIN"] as const) {
      const user = await makeUser(role, role === "ADMIN" ? null : office.id);
      expect(await create(user, { name: "x", expiresInDays: 30 })).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    }
  });
});

describe("a token at the API", () => {
  async function issue(days = 30) {
    return unwrap(await create(hq, { name: "script", expiresInDays: days }));
  }

  it("speaks for its HQ user while valid", async () => {
    const { id, token } = await issue();
    expect(await authenticateApiToken(token)).toEqual({ actor: hq, tokenId: id });
    expect(await authenticateApiToken(`${token}x`)).toBeNull();
  });

  it("stops at its expiry", async () => {
    const { token, expiresAt } = await issue(1);
    expect(await authenticateApiToken(token, new Date(expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await authenticateApiToken(token, expiresAt)).toBeNull();
  });

  it("stops when revoked; another user cannot revoke it, and a second revocation finds nothing", async () => {
    const { id, token } = await issue();
    const other = await makeUser("HQ", null);
    expect(await revoke(other, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await authenticateApiToken(token)).not.toBeNull();
    unwrap(await revoke(hq, id));
    expect(await authenticateApiToken(token)).toBeNull();
    expect(await revoke(hq, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await auditRows("api-token.revoke")).toHaveLength(1);
    expect((await listApiTokens(hq)).map((token) => token.status)).toEqual(["revoked"]);
  });

  it("stops when its user is deactivated, and when the user is no longer HQ", async () => {
    const { token } = await issue();
    await db.user.update({ where: { id: hq.id }, data: { isActive: false } });
    expect(await authenticateApiToken(token)).toBeNull();
    await db.user.update({ where: { id: hq.id }, data: { isActive: true, role: "ADMIN" } });
    expect(await authenticateApiToken(token)).toBeNull();
    await db.user.update({ where: { id: hq.id }, data: { role: "HQ" } });
    expect(await authenticateApiToken(token)).not.toBeNull();
  });

  it("records each use in the audit chain and as last use, never the token", async () => {
    const { id, token } = await issue();
    const caller = (await authenticateApiToken(token))!;
    await recordApiUse(caller, "GET /api/v1/reports/annual");
    const [entry] = await auditRows("api-token.use");
    expect(entry).toMatchObject({
      actor_id: hq.id,
      entity_type: "api-token",
      entity_id: id,
      changed_fields: ["GET /api/v1/reports/annual"],
    });
    expect(entry!.row).not.toContain(token.slice(4));
    const [listed] = await listApiTokens(hq);
    expect(listed!.lastUsedAt).not.toBeNull();
  });
});
