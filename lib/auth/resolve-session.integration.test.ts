import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { endSession, resolveSession } from "@/lib/auth/resolve-session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";
import { updateUser } from "@/lib/users/update-user";

const minute = 60_000;

async function signIn(user: Actor) {
  const result = await signInWithPassword(
    { email: user.email, password: testPassword },
    "203.0.113.20",
  );
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result;
}

function updateInput(
  user: Actor,
  changes: Partial<{
    name: string;
    role: Actor["role"];
    officeId: string | null;
    isActive: boolean;
  }> = {},
) {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    officeId: user.officeId,
    isActive: true,
    ...changes,
  };
}

describe("resolveSession", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let admin: Actor;
  let user: Actor;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice();
    admin = await makeUser("ADMIN", null);
    user = await makeUser("CASEWORKER", office.id);
  });

  it("returns the actor with role and officeId as stored, after a successful sign-in", async () => {
    const session = await signIn(user);

    const actor = await resolveSession(session.sessionId, session.sessionVersion);

    expect(actor).toStrictEqual({
      id: user.id,
      role: "CASEWORKER",
      officeId: office.id,
      name: user.name,
      email: user.email,
      mustEnrollMfa: false,
    });
  });

  it("returns null once an admin changes the user's role", async () => {
    const session = await signIn(user);
    expect(await resolveSession(session.sessionId, session.sessionVersion)).not.toBeNull();

    await updateUser(admin, updateInput(user, { role: "SUPERVISOR" }));

    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
  });

  it("returns null for the old version after a role change even if the session row were still open", async () => {
    const session = await signIn(user);
    await updateUser(admin, updateInput(user, { role: "SUPERVISOR" }));
    await db.authSession.update({ where: { id: session.sessionId }, data: { endedAt: null } });

    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
  });

  it("returns null once the user is deactivated", async () => {
    const session = await signIn(user);

    await updateUser(admin, updateInput(user, { isActive: false }));

    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
  });

  it("returns null after endSession", async () => {
    const session = await signIn(user);

    await endSession(session.sessionId);

    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
    const row = await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(row.endedAt).toBeInstanceOf(Date);
  });

  it("keeps the session after a name-only change and returns the new name from the database", async () => {
    const session = await signIn(user);

    await updateUser(admin, updateInput(user, { name: "Renamed Person" }));

    expect(await resolveSession(session.sessionId, session.sessionVersion)).toStrictEqual({
      id: user.id,
      role: "CASEWORKER",
      officeId: office.id,
      name: "Renamed Person",
      email: user.email,
      mustEnrollMfa: false,
    });
  });

  it("returns null when the token carries another session version", async () => {
    const session = await signIn(user);

    expect(await resolveSession(session.sessionId, session.sessionVersion + 1)).toBeNull();
  });

  it("returns null for an unknown session id", async () => {
    expect(await resolveSession("6f1c1f0e-8a4b-4c3d-9e2f-0a1b2c3d4e5f", 0)).toBeNull();
  });

  it("returns null 31 minutes after last_seen_at (idle) but not 29 minutes after", async () => {
    const session = await signIn(user);
    const lastSeenAt = new Date();
    await db.authSession.update({ where: { id: session.sessionId }, data: { lastSeenAt } });

    expect(
      await resolveSession(
        session.sessionId,
        session.sessionVersion,
        new Date(lastSeenAt.getTime() + 31 * minute),
      ),
    ).toBeNull();
    // The idle check did not touch the row, so a check at 29 minutes still sees the same lastSeenAt.
    expect(
      await resolveSession(
        session.sessionId,
        session.sessionVersion,
        new Date(lastSeenAt.getTime() + 29 * minute),
      ),
    ).not.toBeNull();
  });

  it("writes last_seen_at when more than a minute has passed, and not within the minute", async () => {
    const session = await signIn(user);
    const lastSeenAt = new Date(Date.now() - 10 * minute);
    await db.authSession.update({ where: { id: session.sessionId }, data: { lastSeenAt } });

    const soon = new Date(lastSeenAt.getTime() + 30_000);
    await resolveSession(session.sessionId, session.sessionVersion, soon);
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt,
    ).toEqual(lastSeenAt);

    const later = new Date(lastSeenAt.getTime() + 5 * minute);
    await resolveSession(session.sessionId, session.sessionVersion, later);
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).lastSeenAt,
    ).toEqual(later);
  });

  it("returns null 12 hours after creation even when recently active (absolute limit)", async () => {
    const session = await signIn(user);
    const createdAt = new Date(Date.now() - 12 * 60 * minute - minute);
    const lastSeenAt = new Date(Date.now() - minute);
    await db.authSession.update({
      where: { id: session.sessionId },
      data: { createdAt, lastSeenAt },
    });

    expect(await resolveSession(session.sessionId, session.sessionVersion, new Date())).toBeNull();
  });
});
