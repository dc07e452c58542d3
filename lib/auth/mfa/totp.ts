import { Secret, TOTP } from "otpauth";

// RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30 s.
const period = 30;
const issuer = "Passage";

export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return new TOTP({ issuer, label: email, secret: Secret.fromBase32(secret), period }).toString();
}

export function currentTotpStep(now = Date.now()): number {
  return TOTP.counter({ period, timestamp: now });
}

// The time step a code belongs to, one step either side of now (clock drift), or null.
export function matchTotpStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secret),
    period,
    timestamp: now,
    window: 1,
  });
  return delta === null ? null : currentTotpStep(now) + delta;
}

// For tests and the e2e helpers: the code an authenticator app would show at a step.
export function totpCodeAt(secret: string, step: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period }).generate({
    timestamp: step * period * 1000,
  });
}
