// Where to go after signing in: only a page of this app, as a path. The value is parsed the
// way a browser will (it drops tabs and newlines, reads `\` as `/`), not by string prefixes:
// `/\evil.example` and `/%09/evil.example` both name another host.
export function safeCallbackPath(value: string | null | undefined, appOrigin: string): string {
  if (!value) return "/";
  const origin = new URL(appOrigin).origin;
  let target: URL;
  try {
    target = new URL(value, origin);
  } catch {
    return "/";
  }
  if (target.origin !== origin) return "/";
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path that still starts with `//` (e.g. from `/.//host`) reads as another host once
  // handed to the router as a relative URL.
  return path.startsWith("//") || path.startsWith("/\\") ? "/" : path;
}
