import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real binary, as `npx backrub` runs it (built to dist/ by `npm test` first). */
export const BIN = fileURLToPath(new URL('../../bin/backrub.js', import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the binary; `env` values of `undefined` remove a variable. Colour is off unless a test turns it on. */
export function backrub(args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 60_000,
    // Batches print megabytes: more than spawnSync's 1 MiB default.
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file in a fresh temporary folder. */
export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'backrub-cli-')), name);
  writeFileSync(path, content);
  return path;
}

/** A Node stack frame ("    at fn (file:1:2)"): never shown to a person. */
export const STACK_FRAME = /^\s+at .+[:(]/m;
