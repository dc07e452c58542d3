import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";

import { clientIpFrom } from "@/lib/auth/client-ip";
import { config, proxy } from "@/proxy";

// What reaches the sign-in handler: X-Forwarded-For after proxy.ts and Next.js, which fills
// the header from the socket only when the request holds none.
function headerAfterProxy(clientHeader: string | undefined, socketAddress: string) {
  const headers = new Headers(clientHeader ? { "x-forwarded-for": clientHeader } : {});
  const response = proxy(
    new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers,
    }),
  );
  const kept = (response.headers.get("x-middleware-override-headers") ?? "").split(",");
  const forwarded = kept.includes("x-forwarded-for")
    ? (response.headers.get("x-middleware-request-x-forwarded-for") ?? undefined)
    : undefined;
  return forwarded ?? socketAddress;
}

describe("the client address the sign-in limit is keyed on", () => {
  it("with no proxy configured, is the socket address whatever X-Forwarded-For the client sends", () => {
    for (const spoofed of [undefined, "198.51.100.1", "198.51.100.1, 198.51.100.2", "unknown"]) {
      expect(clientIpFrom(headerAfterProxy(spoofed, "203.0.113.9"), 0)).toBe("203.0.113.9");
    }
  });

  it("behind one trusted proxy, is the entry that proxy appended, not what the client put before it", () => {
    expect(clientIpFrom("198.51.100.1, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind two trusted proxies, is the second entry from the right", () => {
    expect(clientIpFrom("198.51.100.1, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("with fewer entries than trusted proxies, is the leftmost one and never empty", () => {
    expect(clientIpFrom("203.0.113.9", 3)).toBe("203.0.113.9");
    expect(clientIpFrom(undefined, 1)).toBe("unknown");
  });
});

describe("proxy.ts", () => {
  it("runs for the sign-in endpoints, so their X-Forwarded-For is cleaned", () => {
    for (const url of [
      "http://localhost:3000/api/auth/callback/credentials",
      "http://localhost:3000/api/auth/callback/mfa",
    ])
      expect(unstable_doesMiddlewareMatch({ config, url })).toBe(true);
  });
});
