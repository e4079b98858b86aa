// Only types and light modules at the top: the engine (and zod), the prompts and the report are
// imported inside the action that needs them, so `backrub --help` does not pay for them.
import { InvalidArgumentError, Option } from 'commander';
import type { ErrorBody } from '../../core/index.js';
import { DEFAULT_REGION_ID, REGION_IDS, regionWith, type RegionId } from '../../core/knowledge/regions.js';
import { EXIT, UsageError, type CliCommand, type CliContext } from '../context.js';
import type { InterviewOutcome } from '../interview.js';
import type { ReportOptions } from '../report.js';
import { makeStyle, reportWidth, useColour } from '../style.js';

interface AssessOptions {
  input?: string;
  json?: boolean;
  ndjson?: boolean;
  jobs?: string;
  emergencyNumber?: string;
  urgentNumber?: string;
  region: RegionId;
}

const MAX_JOBS = 64;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function reportOptions(ctx: CliContext, options: AssessOptions): ReportOptions {
  return {
    style: makeStyle(useColour(ctx.stdout, ctx.env)),
    width: reportWidth(ctx.stdout),
    region: regionWith(options.region, { emergencyNumber: options.emergencyNumber, urgentNumber: options.urgentNumber }),
  };
}

/** A number option must give something to dial: the report offers it as the number to call. */
const phoneNumber = (value: string): string => {
  if (!/\d\d/.test(value) || value.length > 120) throw new InvalidArgumentError('It must contain a phone number (at most 120 characters), e.g. "999".');
  return value.trim();
};

/** Invalid input: the error body on stdout with --json (the one document a script reads), words on stderr otherwise. */
async function fail(ctx: CliContext, options: AssessOptions, error: ErrorBody): Promise<void> {
  if (options.ndjson) ctx.stdout.write(`${JSON.stringify(error)}\n`);
  else if (options.json) ctx.stdout.write(json(error));
  else {
    const { describeError } = await import('../input.js');
    ctx.stderr.write(`backrub: ${describeError(error).join('\n')}\n`);
  }
  ctx.exitCode = EXIT.usage;
}

async function assessFile(ctx: CliContext, options: AssessOptions & { input: string }): Promise<void> {
  const { parseIntakes, readInput } = await import('../input.js');
  const read = await readInput(options.input, ctx.stdin);
  if (!read.ok) return fail(ctx, options, read.error);
  const source = options.input === '-' ? 'Standard input' : `"${options.input}"`;
  const parsed = parseIntakes(read.text, source);
  if (!parsed.ok) return fail(ctx, options, parsed.error);

  if (options.json) {
    // Streamed, one assessment at a time: the same bytes as one big JSON.stringify, in constant memory.
    const { writeJsonAssessments } = await import('../batch/json-batch.js');
    // One intake is over before V8 would optimise anything: it keeps the usual settings (and start-up).
    if (parsed.intakes.length > 1) (await import('../batch/compile-budget.js')).compileForShortBatches();
    return writeJsonAssessments(ctx.stdout, parsed.intakes, parsed.list);
  }
  const [{ assess }, { renderAssessment }] = await Promise.all([import('../../core/index.js'), import('../report.js')]);
  const report = reportOptions(ctx, options);
  parsed.intakes.forEach((intake, i) => {
    if (parsed.list) ctx.stdout.write(`${report.style.bold(`Intake ${i + 1} of ${parsed.intakes.length}`)}\n`);
    ctx.stdout.write(`${renderAssessment(assess(intake), report)}\n`);
  });
}

function jobsOption(options: AssessOptions): number {
  if (options.jobs === undefined) return 1;
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${options.jobs}").`);
  }
  if (!options.ndjson) throw new UsageError('--jobs works with --ndjson only.');
  return jobs;
}

/** `--ndjson`: a stream of intakes, one per line; each line is answered even when others are invalid. */
async function assessLines(ctx: CliContext, options: AssessOptions & { input: string }, jobs: number): Promise<void> {
  const [{ openInput }, { assessNdjson }, { compileForShortBatches }] = await Promise.all([
    import('../input.js'),
    import('../batch/ndjson.js'),
    import('../batch/compile-budget.js'),
  ]);
  const opened = await openInput(options.input, ctx.stdin);
  if (!opened.ok) return fail(ctx, options, opened.error);
  compileForShortBatches();
  const summary = await assessNdjson(opened.chunks, ctx.stdout, jobs);
  if (summary.invalid === 0) return;
  const more = summary.invalid > summary.firstInvalid.length ? ', ...' : '';
  const which = summary.invalid === 1 ? `line ${summary.firstInvalid.join('')}` : `lines ${summary.firstInvalid.join(', ')}${more}`;
  ctx.stderr.write(
    `backrub: ${summary.invalid} of ${summary.lines} lines ${summary.invalid === 1 ? 'is not a valid intake' : 'are not valid intakes'} (${which}); every other line was assessed.\n`,
  );
  ctx.exitCode = EXIT.usage;
}

async function assessInteractively(ctx: CliContext, options: AssessOptions): Promise<void> {
  const [{ interview }, { inquirerPrompter }, { linePrompter }, { renderAssessment }] = await Promise.all([
    import('../interview.js'),
    import('../prompts/inquirer-prompter.js'),
    import('../prompts/line-prompter.js'),
    import('../report.js'),
  ]);
  const prompter = ctx.stdin.isTTY ? inquirerPrompter(ctx) : linePrompter(ctx);
  let outcome: InterviewOutcome;
  try {
    outcome = await interview(prompter);
  } finally {
    prompter.close();
  }
  if (options.json) {
    ctx.stdout.write(json(outcome.assessment));
    return;
  }
  ctx.stderr.write('\n');
  const report = reportOptions(ctx, options);
  const note = outcome.stoppedEarly ? 'backrub stopped the questions early: what you told us needs help now.' : undefined;
  ctx.stdout.write(`${renderAssessment(outcome.assessment, { ...report, ...(note ? { note } : {}) })}\n`);
}

export const assessCommand: CliCommand = {
  name: 'assess',
  register(program, ctx) {
    program
      .command('assess')
      .description('answer a few questions (safety first) and get a safety check, techniques that fit, and an at-home plan')
      .option('-i, --input <file>', 'read one intake (JSON object) or a JSON array of intakes from a file; "-" reads standard input')
      .option('--json', 'print the assessment as JSON (an array for an array input); errors as { "error": ... }')
      .option('--ndjson', 'with --input: one intake per line in, one assessment per line out (same order); a bad line gets { "line": N, "error": ... }')
      .option('--jobs <n>', 'with --ndjson: assess on N threads (output order is kept)')
      .addOption(
        new Option('--region <region>', 'whose numbers and services the advice names: uk (999, NHS 111, A&E), us (911, ER), eu (112), international')
          .choices(REGION_IDS)
          .default(DEFAULT_REGION_ID),
      )
      .option('--emergency-number <words>', 'what to call in an emergency, over the region\'s, e.g. "999"', phoneNumber)
      .option('--urgent-number <words>', 'the line for help today that is not an emergency, over the region\'s, e.g. "111"', phoneNumber)
      .addHelpText(
        'after',
        [
          '',
          'Without --input, backrub asks the questions in the terminal (arrow keys and space).',
          'When standard input is not a terminal, it reads one answer per line instead: a number (or the',
          'value) for a choice, numbers separated by commas for several, "none" for none, y/n, and an empty',
          'line for the default.',
          '',
          'Exit codes: 0 done, 2 invalid input (nothing assessed; with --ndjson: some lines were invalid,',
          'every other line was assessed), 1 unexpected error, 130 cancelled.',
          '',
          'Examples:',
          '  backrub assess',
          '  backrub assess --region uk',
          '  backrub assess --input intake.json --json',
          '  cat intakes.json | backrub assess --input - --json',
          '  backrub assess --input intakes.ndjson --ndjson --jobs 2 > assessments.ndjson',
        ].join('\n'),
      )
      .action(async (options: AssessOptions) => {
        const jobs = jobsOption(options);
        if (options.ndjson && options.json) throw new UsageError('choose one of --json and --ndjson.');
        if (options.ndjson && options.input === undefined) throw new UsageError('--ndjson reads --input FILE (or --input - for standard input).');
        if (options.input === undefined) return assessInteractively(ctx, options);
        if (options.ndjson) return assessLines(ctx, { ...options, input: options.input }, jobs);
        return assessFile(ctx, { ...options, input: options.input });
      });
  },
};
