import { randomBytes } from "node:crypto";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

import { builtActions } from "@/e2e/fixtures/build-manifest";
import { signIn, startProductionServer, treeCpuSeconds } from "@/lib/cli/bench-server";
import {
  appRoleUrl,
  BENCH_ROLE,
  clusterFromUrl,
  createDatabase,
  dropDatabase,
  migrate,
  startEmbeddedCluster,
  type Cluster,
} from "@/lib/cli/database";
import {
  isSaved,
  requestKinds,
  runMix,
  saveRequest,
  summarise,
  type Account,
} from "@/lib/cli/load-mix";
import { bin, run } from "@/lib/cli/run";
import { demoAccounts, demoPassword } from "@/prisma/seed-accounts";

// `npm run bench:load [-- --url URL] [--seconds 30] [--connections 10]`: a mixed load of
// case-list, case-page and save requests from several signed-in office accounts against a
// production server on loopback. Without --url it seeds the demo into a scratch database
// (BENCH_DATABASE_URL's server, else an embedded PostgreSQL 17), runs the mix against one app
// process and then one per core (APP_PROCESSES), printing the app's CPU per request, and
// removes everything at the end.
const { values: options } = parseArgs({
  options: {
    url: { type: "string" },
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "10" },
  },
});
const seconds = Number(options.seconds);
const connections = Number(options.connections);
const port = Number(process.env.BENCH_PORT ?? 3151);

function assertLoopback(url: string) {
  const { hostname } = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname))
    throw new Error("bench:load only drives a server on this machine (loopback)");
}

// Each caseworker account signs in, finds its cases in the list, and tries one save on each:
// closed cases refuse new services, so saves go only to the cases that took one. The demo
// supervisors must enroll in two-step sign-in first, so they take no part.
async function signedInAccounts(baseUrl: string, addServiceActionId: string): Promise<Account[]> {
  const staff = demoAccounts.filter((account) => account.role === "CASEWORKER");
  return Promise.all(
    staff.map(async ({ email }) => {
      const cookie = await signIn(baseUrl, email, demoPassword);
      const html = await (await fetch(`${baseUrl}/cases`, { headers: { cookie } })).text();
      const caseIds = [...new Set(html.match(/(?<=\/cases\/)[0-9a-f-]{36}/g) ?? [])];
      const writableCaseIds: string[] = [];
      for (const caseId of caseIds) {
        const { path, ...init } = saveRequest(baseUrl, addServiceActionId, caseId);
        const response = await fetch(`${baseUrl}${path}`, {
          ...init,
          headers: { ...init.headers, cookie },
        });
        if (isSaved(await response.text())) writableCaseIds.push(caseId);
      }
      if (writableCaseIds.length === 0) throw new Error(`${email} has no open case to save to`);
      return { email, cookie, caseIds, writableCaseIds };
    }),
  );
}

type Measured = { errors: number; requests: number };

async function measureLoad(baseUrl: string, cpuSeconds?: () => number): Promise<Measured> {
  const addService = builtActions().find(
    (action) => action.name === "lib/cases/actions.ts#addServiceAction",
  );
  if (!addService)
    throw new Error("no build with the addService action: run `npm run build` first");
  const accounts = await signedInAccounts(baseUrl, addService.id);
  console.log(
    `${accounts.length} signed-in accounts, ${connections} connections, ${seconds} s ...`,
  );
  const cpuBefore = cpuSeconds?.();
  const results = summarise(
    await runMix(baseUrl, accounts, requestKinds(baseUrl, addService.id, connections), seconds),
    seconds,
  );
  const cpuUsed = cpuSeconds && cpuBefore !== undefined ? cpuSeconds() - cpuBefore : undefined;
  console.log(
    `\n${"request".padEnd(22)}${"requests".padStart(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"errors".padStart(8)}`,
  );
  for (const row of results) {
    console.log(
      `${row.kind.padEnd(22)}${String(row.requests).padStart(9)}${row.perSecond.toFixed(1).padStart(8)}${row.p50.toFixed(0).padStart(9)}${row.p95.toFixed(0).padStart(9)}${String(row.errors).padStart(8)}${row.why ? `  (${row.why})` : ""}`,
    );
  }
  const overall = results.at(-1)!;
  if (cpuUsed !== undefined)
    console.log(
      `app CPU per request: ${((cpuUsed * 1000) / Math.max(1, overall.requests)).toFixed(1)} ms ` +
        `(${cpuUsed.toFixed(1)} CPU-seconds over ${overall.requests} requests, all app processes)`,
    );
  return { errors: overall.errors, requests: overall.requests };
}

// One app process, then one per core, against the same database: printed side by side.
async function withScratchServer(work: typeof measureLoad): Promise<number> {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster: Cluster = given
    ? clusterFromUrl(given)
    : await startEmbeddedCluster(".data/bench-postgres", 54331);
  const name = `passage_load_${Date.now()}`;
  try {
    const url = await createDatabase(cluster, name);
    await migrate(url);
    // As in production: the app's role, under row-level security.
    const appUrl = await appRoleUrl(url, randomBytes(24).toString("base64url"), BENCH_ROLE);
    await run(bin("tsx"), ["prisma/seed-cli.ts"], { DATABASE_URL: appUrl });
    const runs: [number, Measured][] = [];
    for (const processes of [
      ...new Set([1, Number(process.env.APP_PROCESSES ?? availableParallelism())]),
    ]) {
      console.log(`\n== ${processes} app process${processes === 1 ? "" : "es"} ==`);
      const server = await startProductionServer(appUrl, port, processes);
      try {
        runs.push([processes, await work(server.baseUrl, () => treeCpuSeconds(server.pid))]);
      } finally {
        await server.stop();
      }
    }
    console.log(`\n${"app processes".padEnd(15)}${"req/s".padStart(8)}${"ratio".padStart(8)}`);
    for (const [processes, measured] of runs)
      console.log(
        `${String(processes).padEnd(15)}${(measured.requests / seconds).toFixed(1).padStart(8)}${(measured.requests / runs[0]![1].requests).toFixed(2).padStart(8)}`,
      );
    return runs.reduce((sum, [, measured]) => sum + measured.errors, 0);
  } finally {
    await dropDatabase(cluster, name).catch(() => {});
    await cluster.stop();
  }
}

async function main() {
  if (options.url) assertLoopback(options.url);
  const errors = options.url
    ? (await measureLoad(options.url.replace(/\/$/, ""))).errors
    : await withScratchServer(measureLoad);
  process.exit(errors === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
