import { spawn, type ChildProcess } from "node:child_process";

// Runs a command with inherited output; resolves on exit 0, rejects otherwise.
export function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}

export function start(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

export function bin(name: string): string {
  return `node_modules/.bin/${name}`;
}
