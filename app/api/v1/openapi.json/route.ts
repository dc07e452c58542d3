import { openApiDocument } from "@/lib/api/openapi";

// Public: the description of the API says nothing about the data.
export function GET() {
  return Response.json(openApiDocument());
}
