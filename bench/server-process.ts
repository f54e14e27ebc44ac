import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';

const PackageScriptsSchema = z.object({ scripts: z.object({ start: z.string() }) });

/** The compiled entry point `npm start` runs, relative to the project root. */
export const PRODUCTION_ENTRY = 'dist/src/index.js';

/**
 * The node flags of the production start (package.json's `start`, which the
 * Dockerfile's CMD repeats), so the benchmark measures the bot as it ships.
 */
export function productionNodeArgs(): string[] {
  const packageJson = path.resolve(__dirname, '..', '..', 'package.json');
  const { start } = PackageScriptsSchema.parse(JSON.parse(readFileSync(packageJson, 'utf8'))).scripts;
  const words = start.trim().split(/\s+/);
  const entry = words.indexOf(PRODUCTION_ENTRY);
  if (words[0] !== 'node' || entry < 0) throw new Error(`npm start is not "node [flags] ${PRODUCTION_ENTRY}": ${start}`);
  return words.slice(1, entry);
}

export interface ServerProcess {
  name: string;
  baseUrl: string;
  pid: number;
  /** From spawn until /healthz first answered, in ms. */
  readyMs: number;
  stop(): Promise<void>;
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs} ms`);
}

/** Starts a compiled server with plain node and waits until it answers /healthz. */
export async function startServerProcess(
  name: string,
  script: string,
  options: { port: number; args?: string[]; env?: Record<string, string>; nodeArgs?: string[] },
): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...(options.args ?? [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} did not start`);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  await waitUntilHealthy(baseUrl, child, 30_000);
  return {
    name,
    baseUrl,
    pid,
    readyMs: performance.now() - started,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
