import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";

import { bin, run, start } from "@/lib/cli/run";

// Signs in through next-auth's own credentials flow and returns the cookies a browser would hold.
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const cookies = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  if (!session.some((cookie) => cookie.includes("session")))
    throw new Error(`signing in as ${email} failed (${response.status})`);
  return [...cookies, ...session].join("; ");
}

export async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

// The production server (lib/cli/serve.ts, `processes` app processes) on loopback against the
// given database, building first when there is no build.
export async function startProductionServer(databaseUrl: string, port: number, processes = 1) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!existsSync(".next/BUILD_ID")) await run(bin("next"), ["build"], env);
  const server = start(bin("tsx"), ["lib/cli/serve.ts"], {
    ...env,
    HOST: "127.0.0.1",
    PORT: String(port),
    APP_PROCESSES: String(processes),
  });
  await waitForServer(`${baseUrl}/sign-in`);
  // Resolves once the server has exited, so that its database can be dropped.
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  return { baseUrl, secret: env.NEXTAUTH_SECRET, stop, pid: server.pid! };
}

// CPU time (user + system) of a process and all its descendants, from /proc (Linux).
export function treeCpuSeconds(rootPid: number): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), {
        parent: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended while we read
    }
  }
  const inTree = (pid: number): boolean =>
    pid === rootPid || (pid > 1 && stats.has(pid) && inTree(stats.get(pid)!.parent));
  let ticks = 0;
  for (const [pid, { ticks: own }] of stats) if (inTree(pid)) ticks += own;
  return ticks / 100; // USER_HZ is 100 on Linux
}
