import { randomUUID } from "node:crypto";

import autocannon from "autocannon";

import { percentile } from "@/lib/cli/bench-stats";

export type Account = {
  email: string;
  cookie: string;
  caseIds: string[];
  writableCaseIds: string[];
};
export type Sample = {
  kind: string;
  latencies: number[];
  errors: number;
  causes: Map<string, number>;
};
type Kind = {
  name: string;
  connections: number;
  request: (caseId: string) => autocannon.Request;
  cases: (account: Account) => string[];
  isOk?: (body: string) => boolean;
};

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

// The case page's own server action (its id from the build's manifest), as the browser
// posts it, with a fresh idempotency key each time.
export function saveRequest(baseUrl: string, addServiceActionId: string, caseId: string) {
  return {
    method: "POST" as const,
    path: `/cases/${caseId}`,
    headers: {
      "next-action": addServiceActionId,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
    },
    body: JSON.stringify([
      {
        caseId,
        type: "COUNSELLING",
        deliveredOn: yesterday(),
        provider: "",
        amount: "",
        currency: "",
        note: "",
        idempotencyKey: randomUUID(),
      },
    ]),
  };
}

// A refused action still answers 200: its result says so.
export const isSaved = (body: string) => body.includes('"ok":true');

// The three kinds of request a caseworker's day is made of.
export function requestKinds(
  baseUrl: string,
  addServiceActionId: string,
  connections: number,
): Kind[] {
  const share = (fraction: number) => Math.max(1, Math.round(connections * fraction));
  const all = (account: Account) => account.caseIds;
  return [
    {
      name: "case list",
      connections: share(0.4),
      cases: all,
      request: () => ({ method: "GET", path: "/cases" }),
    },
    {
      name: "case page",
      connections: share(0.4),
      cases: all,
      request: (caseId) => ({ method: "GET", path: `/cases/${caseId}` }),
    },
    {
      name: "save (add a service)",
      connections: share(0.2),
      cases: (account) => account.writableCaseIds,
      request: (caseId) => saveRequest(baseUrl, addServiceActionId, caseId),
      isOk: isSaved,
    },
  ];
}

// Runs every kind at once for `seconds`, each request as the next account in turn, and
// measures each kind on its own from its responses.
export async function runMix(
  baseUrl: string,
  accounts: Account[],
  kinds: Kind[],
  seconds: number,
): Promise<Sample[]> {
  let turn = 0;
  return Promise.all(
    kinds.map(
      (kind) =>
        new Promise<Sample>((resolve, reject) => {
          const latencies: number[] = [];
          const causes = new Map<string, number>();
          const fail = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);
          const request: autocannon.Request = {
            setupRequest: (base) => {
              const account = accounts[turn++ % accounts.length]!;
              const cases = kind.cases(account);
              const own = kind.request(cases[turn % cases.length]!);
              return {
                ...base,
                ...own,
                headers: { ...base.headers, ...own.headers, cookie: account.cookie },
              };
            },
            onResponse: (status, body) => {
              if (kind.isOk && status < 300 && !kind.isOk(body))
                fail(body.match(/"error":"(\w+)"/)?.[1] ?? "no result");
            },
          };
          const options = {
            url: baseUrl,
            connections: kind.connections,
            duration: seconds,
            timeout: 30,
            requests: [request],
          };
          const instance = autocannon(options, (error, result) => {
            if (error) return reject(error);
            // autocannon's `errors` include its timeouts.
            if (result.errors > result.timeouts)
              causes.set("connection error", result.errors - result.timeouts);
            if (result.timeouts) causes.set("timeout", result.timeouts);
            resolve({
              kind: kind.name,
              latencies,
              errors: [...causes.values()].reduce((sum, n) => sum + n, 0),
              causes,
            });
          });
          instance.on("response", (_client, statusCode, _bytes, responseTime) => {
            latencies.push(responseTime);
            if (statusCode < 200 || statusCode >= 300) fail(`HTTP ${statusCode}`);
          });
        }),
    ),
  );
}

// Throughput, p50/p95 (ms) and errors of each kind and of all requests together.
export function summarise(samples: Sample[], seconds: number) {
  const all = {
    kind: "overall",
    latencies: samples.flatMap((sample) => sample.latencies),
    errors: samples.reduce((sum, sample) => sum + sample.errors, 0),
    causes: new Map(),
  };
  return [...samples, all].map(({ kind, latencies, errors, causes }) => {
    const sorted = latencies.toSorted((a, b) => a - b);
    const why = [...causes].map(([cause, n]) => `${n} ${cause}`).join(", ");
    return {
      kind,
      requests: sorted.length,
      perSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      errors,
      why,
    };
  });
}
