import { readdirSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { reportFilterSchema } from "@/lib/reports/annual-report";
import { hxlExportQuerySchema } from "@/lib/reports/hxl/hxl-metadata";

import { openApiDocument } from "./openapi";

// The route handlers under app/api/v1 (each folder holding a route.ts), as URL paths.
function routesUnder(folder: string, url = "/api/v1"): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [url] : [];
    return routesUnder(path.join(folder, entry.name), `${url}/${entry.name}`);
  });
}

describe("the OpenAPI description of the aggregates API", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 with bearer authentication", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearerToken).toEqual({
      type: "http",
      scheme: "bearer",
    });
  });

  it("describes every route of /api/v1 but itself", () => {
    const routes = routesUnder(path.resolve(import.meta.dirname, "../../app/api/v1"));
    expect(Object.keys(document.paths).sort()).toEqual(
      routes.filter((route) => route !== "/api/v1/openapi.json").sort(),
    );
  });

  it("lists the query parameters the routes accept, and the refusal of a selection", () => {
    const names = (route: keyof typeof document.paths) =>
      document.paths[route].get.parameters.map((parameter) => parameter.name).sort();
    expect(names("/api/v1/reports/annual")).toEqual(
      [...Object.keys(reportFilterSchema.shape), "format"].sort(),
    );
    expect(names("/api/v1/reports/hxl")).toEqual(Object.keys(hxlExportQuerySchema.shape));
    expect(document.paths["/api/v1/reports/annual"].get.responses["422"]).toBeDefined();
  });
});
