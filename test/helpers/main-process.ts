import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export interface MainProcess {
  child: ChildProcess;
  /** The messages of the JSON log lines printed so far. */
  messages(): string[];
  /** Resolves when a log line whose message starts with `message` has been printed. */
  waitForLog(message: string, ms?: number): Promise<void>;
  /** Every line printed on stdout so far, as printed. */
  stdoutLines(): string[];
  /** What was printed on stderr so far (the start-up banner, a failure). */
  stderr(): string;
  /** Resolves with the first match of `pattern` on stderr. */
  waitForStderr(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `npm start` as production runs it: src/main.ts in a process of its own, configured by `env`. */
export function spawnMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "main.ts")], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const messages: string[] = [];
  const lines: string[] = [];
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const split = buffered.split("\n");
    buffered = split.pop()!;
    lines.push(...split);
    for (const line of split) {
      try {
        messages.push(String((JSON.parse(line) as { msg?: unknown }).msg));
      } catch {
        messages.push(line);
      }
    }
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    child,
    messages: () => [...messages],
    stdoutLines: () => [...lines],
    stderr: () => stderr,
    async waitForStderr(pattern, ms = 60_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const match = pattern.exec(stderr);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`stderr did not match ${pattern} within ${ms} ms: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    async waitForLog(message, ms = 60_000) {
      const deadline = Date.now() + ms;
      while (!messages.some((m) => m.startsWith(message))) {
        if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`no "${message}" logged within ${ms} ms; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
