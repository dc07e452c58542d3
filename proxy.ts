import { NextResponse, type NextRequest } from "next/server";

import { trustedProxyHops } from "@/lib/auth/client-ip";
import { bodyLimitBytes } from "@/lib/server-action-limit.json";

// A server action (a POST with a Next-Action header) whose body is over the limit of
// next.config.js: Next.js would read it, throw, and answer 500; refuse it here with 413 by
// its declared length. (A chunked body without a length is still cut off by Next.js.)
function isOversizedAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  return Number(request.headers.get("content-length") ?? 0) > bodyLimitBytes;
}

// Without a trusted proxy in front, X-Forwarded-For is whatever the client wrote: drop it,
// and Next.js sets it again from the socket (lib/auth/client-ip.ts).
function withoutClientForwardedFor(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (trustedProxyHops === 0) headers.delete("x-forwarded-for");
  return headers;
}

// A fresh nonce per page request; Next.js puts it on its own scripts. Apart from refusing
// oversized action bodies and dropping a client's X-Forwarded-For, this file only adds
// headers: every page checks the session and its permission itself.
export function proxy(request: NextRequest) {
  if (isOversizedAction(request))
    return new NextResponse("Payload Too Large", {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (request.nextUrl.pathname.startsWith("/api/"))
    return NextResponse.next({ request: { headers: withoutClientForwardedFor(request) } });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const isHttps = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const requestHeaders = withoutClientForwardedFor(request);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps)
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [
    // Sign-in reads the client address (lib/auth/options.ts).
    "/api/auth/:path*",
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
