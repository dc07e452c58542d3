import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { setSecondApprovalThresholdAction } from "@/lib/offices/actions";
import { executeAction } from "@/lib/safe-action";
import { makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";

describe("the office's second-approval threshold", () => {
  let admin: Actor;
  let officeId: string;
  const set = (actor: Actor, amount: string, currency: string) =>
    executeAction(setSecondApprovalThresholdAction.definition, actor, {
      officeId,
      amount,
      currency,
    });
  const stored = () =>
    db.office.findUniqueOrThrow({
      where: { id: officeId },
      select: { secondApprovalMinor: true, secondApprovalCurrency: true },
    });

  beforeEach(async () => {
    await resetDatabase();
    admin = await makeUser("ADMIN", null);
    officeId = (await makeOffice("GTM")).id;
  });

  it("an admin sets 1500.00 USD (stored as 150000 minor units) and clears it with blanks", async () => {
    expect(await set(admin, "1500.00", "usd")).toStrictEqual({ ok: true, data: { id: officeId } });
    expect(await stored()).toStrictEqual({
      secondApprovalMinor: 150_000,
      secondApprovalCurrency: "USD",
    });

    expect(await set(admin, "", "")).toStrictEqual({ ok: true, data: { id: officeId } });
    expect(await stored()).toStrictEqual({
      secondApprovalMinor: null,
      secondApprovalCurrency: null,
    });
  });

  it("refuses an amount with too many decimals, and a supervisor (FORBIDDEN), leaving the office unchanged", async () => {
    expect(await set(admin, "10.5", "JPY")).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { amount: ["invalidAmount"] },
    });
    expect(await set(await makeUser("SUPERVISOR", officeId), "100", "USD")).toStrictEqual({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await stored()).toStrictEqual({
      secondApprovalMinor: null,
      secondApprovalCurrency: null,
    });
  });
});
