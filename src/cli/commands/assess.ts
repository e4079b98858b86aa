import { InvalidArgumentError, Option } from 'commander';
import { assess, DEFAULT_REGION_ID, REGION_IDS, regionWith, type ErrorBody, type RegionId } from '../../core/index.js';
import { EXIT, type CliCommand, type CliContext } from '../context.js';
import { describeError, parseIntakes, readInput } from '../input.js';
import { interview, type InterviewOutcome } from '../interview.js';
import { inquirerPrompter } from '../prompts/inquirer-prompter.js';
import { linePrompter } from '../prompts/line-prompter.js';
import { renderAssessment, type ReportOptions } from '../report.js';
import { makeStyle, reportWidth, useColour } from '../style.js';

interface AssessOptions {
  input?: string;
  json?: boolean;
  emergencyNumber?: string;
  urgentNumber?: string;
  region: RegionId;
}

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
function fail(ctx: CliContext, options: AssessOptions, error: ErrorBody): void {
  if (options.json) ctx.stdout.write(json(error));
  else ctx.stderr.write(`backrub: ${describeError(error).join('\n')}\n`);
  ctx.exitCode = EXIT.usage;
}

async function assessFile(ctx: CliContext, options: AssessOptions & { input: string }): Promise<void> {
  const read = await readInput(options.input, ctx.stdin);
  if (!read.ok) return fail(ctx, options, read.error);
  const source = options.input === '-' ? 'Standard input' : `"${options.input}"`;
  const parsed = parseIntakes(read.text, source);
  if (!parsed.ok) return fail(ctx, options, parsed.error);

  const assessments = parsed.intakes.map((intake) => assess(intake));
  if (options.json) {
    ctx.stdout.write(json(parsed.list ? assessments : assessments[0]));
    return;
  }
  const report = reportOptions(ctx, options);
  assessments.forEach((assessment, i) => {
    if (parsed.list) ctx.stdout.write(`${report.style.bold(`Intake ${i + 1} of ${assessments.length}`)}\n`);
    ctx.stdout.write(`${renderAssessment(assessment, report)}\n`);
  });
}

async function assessInteractively(ctx: CliContext, options: AssessOptions): Promise<void> {
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
          'Exit codes: 0 done, 2 invalid input (nothing assessed), 1 unexpected error, 130 cancelled.',
          '',
          'Examples:',
          '  backrub assess',
          '  backrub assess --region uk',
          '  backrub assess --input intake.json --json',
          '  cat intakes.json | backrub assess --input - --json',
        ].join('\n'),
      )
      .action(async (options: AssessOptions) => {
        if (options.input !== undefined) await assessFile(ctx, { ...options, input: options.input });
        else await assessInteractively(ctx, options);
      });
  },
};
