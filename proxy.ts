import { NextResponse, type NextRequest } from "next/server";

import { trustedProxyHops } from "@/lib/auth/client-ip";

// Without a trusted proxy in front, X-Forwarded-For is whatever the client wrote: drop it,
// and Next.js sets it again from the socket (lib/auth/client-ip.ts).
function withoutClientForwardedFor(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (trustedProxyHops === 0) headers.delete("x-forwarded-for");
  return headers;
}

// A fresh nonce per page request; Next.js puts it on its own scripts. This file only adds
// headers: every page checks the session and its permission itself.
export function proxy(request: NextRequest) {
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
