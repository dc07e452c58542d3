import { HXL_PARTS } from "@/lib/reports/hxl/hxl-metadata";

const error = (codes: string[]) => ({
  type: "object",
  required: ["error"],
  properties: { error: { type: "string", enum: codes } },
});

const refused = {
  type: "object",
  required: ["error", "reason", "threshold", "message"],
  properties: {
    error: { const: "SELECTION_REFUSED" },
    reason: { type: "string", enum: ["too-small", "differencing"] },
    threshold: { type: "integer", minimum: 10 },
    message: { type: "string" },
  },
};

const json = (schema: object) => ({ "application/json": { schema } });
const answer = (description: string, content?: object) => ({ description, content });

// Answers every endpoint may give besides its own.
const common = {
  "401": answer(
    "No token, or a token unknown, expired, revoked, or of a user deactivated or no longer HQ.",
    json(error(["UNAUTHENTICATED"])),
  ),
  "403": answer("The user may not read this.", json(error(["FORBIDDEN"]))),
  "400": answer("A query parameter is not valid.", json(error(["VALIDATION"]))),
  "429": answer("Too many requests with this token; see Retry-After.", json(error(["THROTTLED"]))),
};

const query = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: "query",
  required,
  description,
  schema,
});

// Hand-written, kept in step with the routes by lib/api/openapi.test.ts. A cell of a
// breakdown is a number, "<k" (1 to k−1 people) or "x" (withheld): docs/disclosure-control.md.
export function openApiDocument() {
  const cell = { oneOf: [{ type: "number" }, { type: "string", pattern: "^(<\\d+|x)$" }] };
  return {
    openapi: "3.1.0",
    info: {
      title: "Passage aggregates API",
      version: "1.0.0",
      description:
        "Read-only published figures of the annual report, through the same disclosure control as the HQ report page. Authenticate with a personal access token created on /account: Authorization: Bearer <token>.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }],
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer" } },
      schemas: {
        Cell: cell,
        AnnualReport: {
          type: "object",
          required: ["year", "filter", "migrantsAssisted"],
          properties: {
            year: { type: "integer" },
            filter: { type: "object" },
            migrantsAssisted: { type: "integer" },
          },
          additionalProperties: true,
          description: "Every figure of REPORT_SPEC (docs/report-spec.md), as published.",
        },
        SelectionRefused: refused,
      },
    },
    paths: {
      "/api/v1/reports/annual": {
        get: {
          operationId: "getAnnualReport",
          summary: "The annual report of one year and selection",
          parameters: [
            query(
              "year",
              "Calendar year.",
              { type: "integer", minimum: 1900, maximum: 2200 },
              true,
            ),
            query("office", "Office code.", { type: "string", minLength: 1, maxLength: 40 }),
            query("hostCountry", "ISO 3166-1 alpha-3.", { type: "string", pattern: "^[A-Z]{3}$" }),
            query("region", "UN M49 region name.", { type: "string", minLength: 1, maxLength: 80 }),
            query("format", "Answer format.", { type: "string", enum: ["json", "csv", "xlsx"] }),
          ],
          responses: {
            "200": answer("The published figures.", {
              ...json({ $ref: "#/components/schemas/AnnualReport" }),
              "text/csv": { schema: { type: "string" } },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                schema: { type: "string", contentMediaType: "application/octet-stream" },
              },
            }),
            "422": answer(
              "This selection may not be published (disclosure control).",
              json({ $ref: "#/components/schemas/SelectionRefused" }),
            ),
            ...common,
          },
        },
      },
      "/api/v1/reports/hxl": {
        get: {
          operationId: "getHxlExport",
          summary: "Every published figure of every year with data, as HXL-tagged CSV",
          parameters: [
            query("part", "The CSV (data) or its metadata.", { type: "string", enum: HXL_PARTS }),
          ],
          responses: {
            "200": answer("The HXL CSV, or its metadata as JSON.", {
              "text/csv": { schema: { type: "string" } },
              ...json({ type: "object" }),
            }),
            ...common,
          },
        },
      },
    },
  };
}
