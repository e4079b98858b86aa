import type { Command } from 'commander';

/** The streams and environment a command may use. Passed in, so tests and `main()` agree on one shape. */
export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
}

/** What every command receives: the I/O, and the exit code it sets (0 unless it says otherwise). */
export interface CliContext extends CliIO {
  exitCode: number;
}

/**
 * One `backrub` sub-command. Add a command by writing `src/cli/commands/<name>.ts` that exports one of
 * these, and listing it in `src/cli/commands/index.ts`.
 */
export interface CliCommand {
  name: string;
  register(program: Command, ctx: CliContext): void;
}

/** Exit codes, the same for every command. */
export const EXIT = {
  ok: 0,
  /** A bug or an unexpected failure (message only; set BACKRUB_DEBUG=1 for the stack). */
  internal: 1,
  /** The person's input or the command line was wrong: nothing was done. */
  usage: 2,
  /** Ctrl+C during the questions. */
  cancelled: 130,
} as const;

/** A problem with the person's input, reported in words and with exit code 2; never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
