import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createProviderAction, updateProviderAction } from "@/lib/providers/actions";
import { listProviders } from "@/lib/providers/list-providers";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeOffice,
  makeProvider,
  makeUser,
  resetDatabase,
  unwrap,
  type Input,
} from "@/lib/testing/kit";

const providerInput = (overrides: Input = {}): Input => ({
  name: "Casa Refugio",
  type: "NGO",
  services: ["SHELTER", "PSYCHOSOCIAL"],
  phone: "+52 962 123 4567",
  email: "contacto@refugio.example",
  address: "Calle 5, Tapachula",
  idempotencyKey: randomUUID(),
  ...overrides,
});

describe("the office's directory of service providers", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let supervisor: Actor;
  let caseworker: Actor;
  const create = (actor: Actor, overrides: Input = {}) =>
    executeAction(createProviderAction.definition, actor, providerInput(overrides));

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    supervisor = await makeUser("SUPERVISOR", office.id);
    caseworker = await makeUser("CASEWORKER", office.id);
  });

  it("is kept by supervisors only, in their own office, audited, once per submission", async () => {
    expect(await create(caseworker)).toEqual({ ok: false, error: "FORBIDDEN" });
    const key = randomUUID();
    const created = unwrap(await create(supervisor, { idempotencyKey: key }));
    expect(unwrap(await create(supervisor, { idempotencyKey: key }))).toEqual(created);
    expect(await db.serviceProvider.findMany({ select: { officeId: true, name: true } })).toEqual([
      { officeId: office.id, name: "Casa Refugio" },
    ]);
    expect((await auditRows("provider.create")).map((row) => row.office_id)).toEqual([office.id]);
    expect(await create(supervisor)).toEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { name: ["providerNameTaken"] },
    });
  });

  it("is visible to the field staff of the office only", async () => {
    await makeProvider(office.id, { name: "Clínica Norte" });
    const other = await makeOffice("DEU");
    await makeProvider(other.id, { name: "Berlin Beratung" });
    expect((await listProviders(caseworker)).map((row) => row.name)).toEqual(["Clínica Norte"]);
    const outsider = await makeUser("SUPERVISOR", other.id);
    expect((await listProviders(outsider)).map((row) => row.name)).toEqual(["Berlin Beratung"]);
    await expect(listProviders(await makeUser("HQ", null))).rejects.toThrow();
  });

  it("is edited and deactivated with a version check; another office's provider is not found", async () => {
    const { id } = await makeProvider(office.id, { name: "Casa Refugio" });
    const update = (actor: Actor, overrides: Input) =>
      executeAction(updateProviderAction.definition, actor, {
        ...providerInput(),
        providerId: id,
        version: 1,
        isActive: true,
        ...overrides,
      });
    expect(unwrap(await update(supervisor, { isActive: false }))).toEqual({ id, version: 2 });
    expect(await update(supervisor, { name: "Renamed" })).toEqual({ ok: false, error: "CONFLICT" });
    expect(await update(caseworker, { version: 2 })).toEqual({ ok: false, error: "FORBIDDEN" });
    const outsider = await makeUser("SUPERVISOR", (await makeOffice("DEU")).id);
    expect(await update(outsider, { version: 2 })).toEqual({ ok: false, error: "NOT_FOUND" });
    expect(
      await db.serviceProvider.findUniqueOrThrow({
        where: { id },
        select: { isActive: true, version: true },
      }),
    ).toEqual({ isActive: false, version: 2 });
    expect((await auditRows("provider.deactivate")).length).toBe(1);
  });

  it("refuses a provider with no service, an unknown type or contact text over its limits", async () => {
    const refused = await create(supervisor, {
      services: [],
      type: "CHARITY",
      phone: "1".repeat(51),
      email: "not an email",
    });
    expect(refused).toMatchObject({ ok: false, error: "VALIDATION" });
    expect(Object.keys((refused as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "email",
      "phone",
      "services",
      "type",
    ]);
    expect(await db.serviceProvider.count()).toBe(0);
  });
});
