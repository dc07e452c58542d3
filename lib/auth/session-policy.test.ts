import { describe, expect, it } from "vitest";

import { judgeSession, shouldTouch, type SessionRecord } from "@/lib/auth/session-policy";

const limits = { idleMinutes: 30, absoluteHours: 12 };
const start = new Date("2026-03-01T08:00:00.000Z");
const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(start.getTime() + ms);

function session(
  overrides: Partial<SessionRecord> = {},
  user: Partial<SessionRecord["user"]> = {},
): SessionRecord {
  return {
    createdAt: start,
    lastSeenAt: start,
    endedAt: null,
    ...overrides,
    user: { isActive: true, sessionVersion: 3, ...user },
  };
}

describe("judgeSession", () => {
  it("is valid for an active user, matching version, fresh activity", () => {
    expect(judgeSession(session(), 3, at(minutes(5)), limits)).toBe("valid");
  });

  it("uses 30 minutes idle and 12 hours absolute by default: valid at each limit, not a millisecond past it", () => {
    expect(judgeSession(session(), 3, at(minutes(30)))).toBe("valid");
    expect(judgeSession(session(), 3, at(minutes(30) + 1))).toBe("idle");
    const end = at(minutes(12 * 60));
    const recent = session({ lastSeenAt: new Date(end.getTime() - minutes(1)) });
    expect(judgeSession(recent, 3, end)).toBe("valid");
    expect(judgeSession(recent, 3, at(minutes(12 * 60) + 1))).toBe("expired");
  });

  it("applies the limits it is given, not the defaults", () => {
    const short = { idleMinutes: 10, absoluteHours: 1 };
    expect(judgeSession(session(), 3, at(minutes(10)), short)).toBe("valid");
    expect(judgeSession(session(), 3, at(minutes(10) + 1), short)).toBe("idle");
    const recent = session({ lastSeenAt: at(minutes(59)) });
    expect(judgeSession(recent, 3, at(minutes(60)), short)).toBe("valid");
    expect(judgeSession(recent, 3, at(minutes(60) + 1), short)).toBe("expired");
  });

  it("measures idleness from lastSeenAt, not createdAt", () => {
    const seen = session({ lastSeenAt: at(minutes(120)) });
    expect(judgeSession(seen, 3, at(minutes(140)), limits)).toBe("valid");
    expect(judgeSession(seen, 3, at(minutes(151)), limits)).toBe("idle");
  });

  it("is expired, not idle, past 12 hours without activity", () => {
    expect(judgeSession(session(), 3, at(minutes(13 * 60)), limits)).toBe("expired");
  });

  it("is revoked when the user is inactive", () => {
    expect(judgeSession(session({}, { isActive: false }), 3, at(minutes(1)), limits)).toBe(
      "revoked",
    );
  });

  it("is revoked when the token's session version differs from the user's", () => {
    expect(judgeSession(session({}, { sessionVersion: 4 }), 3, at(minutes(1)), limits)).toBe(
      "revoked",
    );
    expect(judgeSession(session({}, { sessionVersion: 2 }), 3, at(minutes(1)), limits)).toBe(
      "revoked",
    );
  });

  it("is ended when endedAt is set, even if everything else is fine", () => {
    expect(judgeSession(session({ endedAt: at(minutes(1)) }), 3, at(minutes(2)), limits)).toBe(
      "ended",
    );
  });

  it("is ended when there is no session", () => {
    expect(judgeSession(null, 3, at(minutes(1)), limits)).toBe("ended");
  });

  it("reports ended before revoked, and revoked before expired or idle", () => {
    const late = at(minutes(13 * 60));
    expect(judgeSession(session({ endedAt: start }, { isActive: false }), 3, late, limits)).toBe(
      "ended",
    );
    expect(judgeSession(session({}, { isActive: false }), 3, late, limits)).toBe("revoked");
  });
});

describe("shouldTouch", () => {
  it("is false within the first 60 seconds, including exactly 60 s", () => {
    expect(shouldTouch(start, at(0))).toBe(false);
    expect(shouldTouch(start, at(59_999))).toBe(false);
    expect(shouldTouch(start, at(60_000))).toBe(false);
  });

  it("is true once more than 60 seconds have passed", () => {
    expect(shouldTouch(start, at(60_001))).toBe(true);
    expect(shouldTouch(start, at(minutes(5)))).toBe(true);
  });
});
