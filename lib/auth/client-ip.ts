// The address the sign-in limits count per IP. Next.js fills X-Forwarded-For from the socket
// only when a request holds none, and each proxy in front appends the address it saw, so
// only the rightmost `trustedHops` entries were written by someone we trust. With no proxy
// (0, the default) proxy.ts removes whatever the client sent, leaving the socket address.
export const trustedProxyHops = Math.max(
  0,
  Math.floor(Number(process.env.TRUSTED_PROXY_HOPS) || 0),
);

export function clientIpFrom(
  forwardedFor: string | string[] | undefined,
  trustedHops = trustedProxyHops,
): string {
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))] ?? "unknown";
}
