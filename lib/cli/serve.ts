import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";

// The production server: APP_PROCESSES copies of the built app (one per core by default)
// behind one port. Node's cluster module hands each incoming connection to the next process
// in turn; what must hold across requests (sessions, throttling, idempotency, jobs) is in
// PostgreSQL already, so any process can answer any request.
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;
const processes = Math.max(1, Number(process.env.APP_PROCESSES ?? availableParallelism()));

function runPrimary() {
  let stopping = false;
  const restarts: number[] = [];
  // One at a time: each process sets up the job queue's schema when it starts (pg-boss),
  // and two doing so at once deadlock. A process that dies is replaced the same way.
  let starting = false;
  const topUp = () => {
    const running = Object.keys(cluster.workers ?? {}).length;
    if (stopping || starting || running >= processes) return;
    starting = true;
    const worker = cluster.fork();
    worker.once("listening", () => {
      starting = false;
      topUp();
    });
    worker.once("exit", () => {
      starting = false;
    });
  };
  topUp();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A process that dies is replaced, unless they keep dying (a broken build or database).
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > processes * 3) {
      console.error("app processes keep exiting; stopping");
      process.exit(1);
    }
    console.error(`app process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    topUp();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`${processes} app processes on port ${port}`);
}

async function runServer() {
  Object.assign(process.env, { NODE_ENV: "production" });
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => void handle(request, response));
  server.listen(port, hostname);
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref(); // requests still open after 5 s
  };
  process.on("SIGTERM", stop);
  if (cluster.isPrimary) process.on("SIGINT", stop);
}

if (cluster.isPrimary && processes > 1) runPrimary();
else
  runServer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
