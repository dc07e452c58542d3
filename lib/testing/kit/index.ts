// The test-data kit: every integration test builds its rows here and empties the database
// with resetDatabase() before each test. lib/testing/kit/kit-usage.test.ts keeps it so.
export * from "./actions";
export * from "./counts";
export * from "./inputs";
export * from "./records";
export { resetDatabase } from "@/lib/testing/reset-database";
export { ownerPool } from "@/lib/testing/owner-db";
