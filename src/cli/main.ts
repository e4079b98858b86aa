import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
// The knowledge module, not core/index.js: `--help` must not load zod.
import { DISCLAIMER } from '../core/knowledge/triage-guidance.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, UsageError, type CliContext, type CliIO } from './context.js';

function packageVersion(): string {
  // Same relative path from src/cli (tsx, tests) and dist/cli (the installed binary).
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

/** Builds the `backrub` program: global options, then every command from the list. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('backrub')
    .description(
      `Safe, explained massage guidance for back pain: safety screening first, then ranked techniques and an at-home plan.\n${DISCLAIMER}`,
    )
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}

function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs `backrub` with the arguments after the program name; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const ctx: CliContext = { ...io, exitCode: EXIT.ok };
  // `backrub techniques | head` closes the pipe early: that is not an error worth a stack trace.
  const quietOnBrokenPipe = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  };
  ctx.stdout.on('error', quietOnBrokenPipe);
  try {
    const program = buildProgram(ctx);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; any other command-line mistake is a usage error (commander printed it).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`backrub: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof Error && error.name === 'ExitPromptError') {
      ctx.stderr.write('\nCancelled: nothing was assessed.\n');
      return EXIT.cancelled;
    }
    ctx.stderr.write(`backrub: unexpected error: ${errorMessage(error)}\n`);
    if (ctx.env.BACKRUB_DEBUG && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    else ctx.stderr.write('This is a bug in backrub. Run again with BACKRUB_DEBUG=1 to see the details, and please report it.\n');
    return EXIT.internal;
  }
}
