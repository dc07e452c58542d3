import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { percentile } from "@/lib/cli/bench-stats";

export type Account = { email: string; cookie: string; caseIds: string[] };
export type Sample = { kind: string; latencies: number[]; errors: number };
type Kind = { name: string; connections: number; request: (account: Account, caseId: string) => autocannon.Request; isOk?: (body: string) => boolean };

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

// The three kinds of request a caseworker's day is made of. A save is the real server
// action of the case page (its id from the build's manifest), with a fresh idempotency key.
export function requestKinds(baseUrl: string, addServiceActionId: string, connections: number): Kind[] {
  const share = (fraction: number) => Math.max(1, Math.round(connections * fraction));
  return [
    { name: "case list", connections: share(0.4), request: () => ({ method: "GET", path: "/cases" }) },
    { name: "case page", connections: share(0.4), request: (_, caseId) => ({ method: "GET", path: `/cases/${caseId}` }) },
    {
      name: "save (add a service)",
      connections: share(0.2),
      request: (_, caseId) => ({
        method: "POST",
        path: `/cases/${caseId}`,
        headers: { "next-action": addServiceActionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: baseUrl },
        body: JSON.stringify([{ caseId, type: "COUNSELLING", deliveredOn: yesterday(), provider: "", amount: "", currency: "", note: "", idempotencyKey: randomUUID() }]),
      }),
      isOk: (body) => body.includes('"ok":true'),
    },
  ];
}

// Runs every kind at once for `seconds`, each request as the next account in turn, and
// measures each kind on its own from its responses.
export async function runMix(baseUrl: string, accounts: Account[], kinds: Kind[], seconds: number): Promise<Sample[]> {
  let turn = 0;
  return Promise.all(kinds.map((kind) => new Promise<Sample>((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const request: autocannon.Request = {
      setupRequest: (base) => {
        const account = accounts[turn++ % accounts.length]!;
        const own = kind.request(account, account.caseIds[turn % account.caseIds.length]!);
        return { ...base, ...own, headers: { ...base.headers, ...own.headers, cookie: account.cookie } };
      },
      // A refused action still answers 200: its result says so.
      onResponse: (status, body) => {
        if (kind.isOk && status < 300 && !kind.isOk(body)) errors += 1;
      },
    };
    const options = { url: baseUrl, connections: kind.connections, duration: seconds, timeout: 30, requests: [request] };
    const instance = autocannon(options, (error, result) => {
      if (error) return reject(error);
      resolve({ kind: kind.name, latencies, errors: errors + result.errors + result.timeouts });
    });
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) errors += 1;
    });
  })));
}

// Throughput, p50/p95 (ms) and errors of each kind and of all requests together.
export function summarise(samples: Sample[], seconds: number) {
  const all = { kind: "overall", latencies: samples.flatMap((sample) => sample.latencies), errors: samples.reduce((sum, sample) => sum + sample.errors, 0) };
  return [...samples, all].map(({ kind, latencies, errors }) => {
    const sorted = latencies.toSorted((a, b) => a - b);
    return { kind, requests: sorted.length, perSecond: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors };
  });
}
