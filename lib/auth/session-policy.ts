export type SessionLimits = { idleMinutes: number; absoluteHours: number };

export const sessionLimits: SessionLimits = {
  idleMinutes: Number(process.env.SESSION_IDLE_MINUTES ?? 30),
  absoluteHours: Number(process.env.SESSION_MAX_HOURS ?? 12),
};

export type SessionRecord = {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  user: { isActive: boolean; sessionVersion: number };
};

export type SessionVerdict = "valid" | "ended" | "revoked" | "idle" | "expired";

// Pure, so idle and absolute limits can be tested with a fake clock.
export function judgeSession(
  session: SessionRecord | null,
  tokenSessionVersion: number,
  now: Date,
  limits: SessionLimits = sessionLimits,
): SessionVerdict {
  if (!session || session.endedAt) return "ended";
  if (!session.user.isActive || session.user.sessionVersion !== tokenSessionVersion)
    return "revoked";
  if (now.getTime() - session.createdAt.getTime() > limits.absoluteHours * 3_600_000)
    return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > limits.idleMinutes * 60_000) return "idle";
  return "valid";
}

// Writing lastSeenAt on every request would make each page view a write; a minute's
// resolution is enough for a 30-minute idle limit.
export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > 60_000;
}
