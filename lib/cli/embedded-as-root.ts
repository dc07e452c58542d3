import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

// PostgreSQL refuses to run as root, so as root the embedded server runs as the user
// `postgres`, which must be able to reach its binaries and its data folder. In a clone
// under a folder others cannot enter (`/root`, a `mktemp -d` folder) it cannot: then the
// binaries are copied, and the data kept, under a folder it can reach
// (PASSAGE_EMBEDDED_PG_HOME, default /var/lib/passage), one data folder per clone.

export type PostgresUser = { uid: number; gid: number };

export const defaultEmbeddedHome = "/var/lib/passage";

export function postgresUser(): PostgresUser {
  const read = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
  });
  try {
    return read();
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return read();
  }
}

// Asked of the system as that user, exactly as the server's own start would be.
export function canReach(user: PostgresUser, folder: string): boolean {
  return spawnSync("test", ["-x", folder], { uid: user.uid, gid: user.gid }).status === 0;
}

function unreachable(folder: string): Error {
  return new Error(
    `The embedded PostgreSQL runs as the user "postgres", which cannot open ${folder}: ` +
      "set PASSAGE_EMBEDDED_PG_HOME to a folder that user can reach, or DATABASE_URL to a PostgreSQL server.",
  );
}

function openFolder(folder: string) {
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o755);
}

// A copy of the package's binaries, made once per version; made aside, then renamed into place.
function copyBinaries(nativeDir: string, version: string, home: string): string {
  const target = path.join(home, `postgresql-${version}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  const openTree = (folder: string) => {
    chmodSync(folder, 0o755);
    for (const entry of readdirSync(folder, { withFileTypes: true }))
      if (entry.isDirectory()) openTree(path.join(folder, entry.name));
  };
  openTree(staging);
  renameSync(staging, target);
  return target;
}

export type RootCluster = { dataDir: string; stop(): Promise<void> };

function run(binary: string, args: string[], user: PostgresUser, readyLine?: string) {
  const child = spawn(binary, args, {
    uid: user.uid,
    gid: user.gid,
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  const done = new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
      if (readyLine && output.includes(readyLine)) resolve();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!readyLine && code === 0) resolve();
      else reject(new Error(`${path.basename(binary)} stopped (code ${code}): ${output.trim()}`));
    });
  });
  return { child, done };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

// Starts the cluster of the clone's data folder `cloneDataDir` under `home`.
export async function startRelocatedCluster(options: {
  cloneDataDir: string;
  nativeDir: string;
  version: string;
  port: number;
  password: string;
  user: PostgresUser;
  home?: string;
}): Promise<RootCluster> {
  const { user } = options;
  const home = path.resolve(
    options.home ?? process.env.PASSAGE_EMBEDDED_PG_HOME ?? defaultEmbeddedHome,
  );
  openFolder(home);
  openFolder(path.join(home, "clusters"));
  if (!canReach(user, path.join(home, "clusters"))) throw unreachable(home);
  const binaries = copyBinaries(options.nativeDir, options.version, home);
  const key = createHash("sha256").update(path.resolve(options.cloneDataDir)).digest("hex");
  const dataDir = path.join(home, "clusters", key.slice(0, 16));

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { mode: 0o700 });
    chownSync(dataDir, user.uid, user.gid);
    const passwordFile = path.join(home, "clusters", `.pw-${randomBytes(6).toString("hex")}`);
    writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
    chownSync(passwordFile, user.uid, user.gid);
    try {
      await run(
        path.join(binaries, "bin", "initdb"),
        [
          `--pgdata=${dataDir}`,
          "--auth=password",
          "--username=postgres",
          `--pwfile=${passwordFile}`,
          "--encoding=UTF8",
          "--locale=C",
        ],
        user,
      ).done;
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }
  if (statSync(dataDir).uid !== user.uid) throw unreachable(dataDir);

  const server = run(
    path.join(binaries, "bin", "postgres"),
    ["-D", dataDir, "-p", String(options.port)],
    user,
    "database system is ready to accept connections",
  );
  const stopOnExit = () => server.child.kill("SIGINT");
  process.once("exit", stopOnExit);
  await server.done;
  return {
    dataDir,
    stop: async () => {
      process.off("exit", stopOnExit);
      await stopServer(server.child);
    },
  };
}
