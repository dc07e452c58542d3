import { readFileSync } from "node:fs";
import path from "node:path";

import { signIn, startProductionServer } from "@/lib/cli/bench-server";
import { formatRow, measure } from "@/lib/cli/bench-stats";
import {
  appRoleUrl,
  BENCH_ROLE,
  clusterFromUrl,
  createDatabase,
  dropDatabase,
  migrate,
  startEmbeddedCluster,
  withClient,
} from "@/lib/cli/database";

// `npm run bench:cases`: 200,000 cases in a scratch database; p50/p95 of the case-list
// query (count and page, as the page runs them) and of the whole /cases request.
const port = Number(process.env.BENCH_PORT ?? 3300);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 40);
const password = "bench-password-not-secret";

const scenarios: [string, Record<string, string>][] = [
  ["office, newest first (default)", {}],
  ["kind + status filter", { kind: "VOT", status: "ASSISTING" }],
  ["nationality + sex + child", { nationality: "HND", sex: "F", age: "child" }],
  [
    "opened date range, sorted by name",
    { openedFrom: "2020-01-01", openedTo: "2020-12-31", sort: "name", dir: "asc" },
  ],
  ["text search on name (accents ignored)", { q: "perez 12" }],
  ["text search on reference", { q: "BENCH-AVR-00123" }],
  ["page 40 of the default view", { page: "40" }],
];

async function main() {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given
    ? clusterFromUrl(given)
    : await startEmbeddedCluster(".data/bench-postgres", 54331);
  const name = `passage_bench_${Date.now()}`;
  const url = await createDatabase(cluster, name);
  let server: Awaited<ReturnType<typeof startProductionServer>> | undefined;
  try {
    await migrate(url);
    console.log("Loading 200,000 cases ...");
    const { hashPassword } = await import("@/lib/auth/passwords");
    await withClient(url, async (client) => {
      await client.query(
        readFileSync(path.join(import.meta.dirname, "bench-cases-data.sql"), "utf8"),
      );
      await client.query(
        `INSERT INTO users (id, email, name, role, office_id, password_hash, updated_at)
         SELECT gen_random_uuid(), 'bench@bench.test', 'Bench', 'CASEWORKER', id, $1, now() FROM offices WHERE code = 'BENCH-01'`,
        [await hashPassword(password)],
      );
      // A steady-state database has been vacuumed: index-only counts need the visibility map.
      await client.query("VACUUM ANALYZE");
    });

    // As in production: the app's role, under row-level security, acting for the user.
    const appUrl = await appRoleUrl(url, password, BENCH_ROLE);
    process.env.DATABASE_URL = appUrl;
    const { db } = await import("@/lib/db");
    const { asSystem, withActor } = await import("@/lib/db-context");
    const { listCases } = await import("@/lib/cases/list-cases");
    const { caseListQuerySchema } = await import("@/lib/cases/case-list-query");
    const actor = await db.user.findUniqueOrThrow({
      where: { email: "bench@bench.test" },
      select: { id: true, role: true, officeId: true, name: true, email: true },
    });
    const cases = await asSystem("report", () =>
      db.case.count({ where: { officeId: actor.officeId! } }),
    );
    console.log(
      `\nCase list at 200,000 cases (${cases.toLocaleString("en")} in the user's office), ${iterations} runs each:`,
    );
    const baseline = await measure(iterations, () => db.$queryRaw`SELECT 1`);
    console.log(formatRow("baseline: SELECT 1 round trip", baseline));
    for (const [label, params] of scenarios) {
      // The whole office, as measured before the list defaulted to a caseworker's own cases.
      const query = caseListQuerySchema.parse({ assignee: "all", ...params });
      console.log(
        formatRow(
          `query: ${label}`,
          await measure(iterations, () => withActor(actor, () => listCases(actor, query))),
          baseline.p50,
        ),
      );
    }
    await db.$disconnect();

    server = await startProductionServer(appUrl, port);
    const { baseUrl } = server;
    const cookie = await signIn(baseUrl, "bench@bench.test", password);
    process.env.NEXTAUTH_SECRET = server.secret;
    const { sealSearchText } = await import("@/lib/cases/case-search-token");
    console.log("\nWhole page request GET /cases (server render, signed in):");
    for (const [label, params] of scenarios) {
      const target = `${baseUrl}/cases?${new URLSearchParams(params.q ? { ...params, q: sealSearchText(params.q, actor.id) } : params)}`;
      const result = await measure(iterations, async () => {
        const response = await fetch(target, { headers: { Cookie: cookie } });
        if (response.status !== 200) throw new Error(`GET /cases answered ${response.status}`);
        await response.text();
      });
      console.log(formatRow(`page: ${label}`, result, baseline.p50));
    }
  } finally {
    await server?.stop();
    await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
