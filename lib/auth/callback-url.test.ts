import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "@/lib/auth/callback-url";

const origin = "http://localhost:3000";

// What a browser does with the path the sign-in form navigates to.
const landsOn = (path: string) => new URL(path, origin).origin;

describe("the page to return to after signing in", () => {
  const offSite = [
    "/\\evil.example/x", // the reported `%2F%5Cevil.example%2Fx`
    "/\t/evil.example", // the reported `/%09/evil.example`
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "//evil.example",
    "/\\\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "https://evil.example/x",
    "HTTPS://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "/.//evil.example",
    "/x/..//evil.example",
    "http://localhost:3000.evil.example/",
    "http://localhost:3001/cases",
  ];
  it.each(offSite)("%j goes to / and never off the app's origin", (value) => {
    const path = safeCallbackPath(value, origin);
    expect(path).toBe("/");
    expect(landsOn(path)).toBe(origin);
  });

  it.each([
    ["/cases?q=abc#top", "/cases?q=abc#top"],
    ["/admin/users", "/admin/users"],
    ["http://localhost:3000/review", "/review"],
    [null, "/"],
    ["", "/"],
    ["cases", "/cases"],
  ])("keeps the same-origin target %j as %j", (value, expected) => {
    expect(safeCallbackPath(value, origin)).toBe(expected);
  });
});
