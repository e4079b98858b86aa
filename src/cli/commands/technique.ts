import type { TechniqueId } from '../../core/assessment.js';
import { TECHNIQUES } from '../../core/knowledge/techniques.js';
import { sourceLines } from '../sources.js';
import { UsageError, type CliCommand } from '../context.js';
import { duration, heading, makeStyle, reportWidth, useColour, wrap, type Style } from '../style.js';
import { settingWords, type Technique } from './techniques.js';

const isTechniqueId = (id: string): id is TechniqueId => Object.hasOwn(TECHNIQUES, id);

/** One technique's page: what it is, how it may help, when to use it, cautions, how-to steps, sources. */
export function renderTechnique(technique: Technique, style: Style, width: number): string {
  const bullet = (text: string) => wrap(text, width, '    ', '  - ');
  const out = [
    style.bold(technique.name) + style.dim(`  (${technique.id})`),
    `Where: ${settingWords[technique.setting]}.  Usual pressure: ${technique.pressure}.`,
    '',
    ...wrap(technique.summary, width),
    ...heading('How it may help', style),
    ...wrap(technique.howItMayHelp, width, '  '),
    ...heading('When to use it', style),
    ...technique.whenToUse.flatMap(bullet),
    ...heading('Cautions', style),
    ...technique.cautions.flatMap(bullet),
  ];
  if (technique.steps.length > 0) {
    const total = technique.steps.reduce((sum, step) => sum + step.seconds, 0);
    out.push(...heading(`How to do it (about ${duration(total)})`, style));
    technique.steps.forEach((step, i) => {
      out.push(`  ${style.bold(`${i + 1}. ${step.title}`)} (${duration(step.seconds)})`);
      out.push(...wrap(step.instructions, width, '     '));
    });
  }
  out.push(...heading('Sources', style));
  for (const id of technique.sources) out.push(...sourceLines(id, width));
  return `${out.join('\n')}\n`;
}

export const techniqueCommand: CliCommand = {
  name: 'technique',
  register(program, ctx) {
    program
      .command('technique')
      .description('show one technique: what it is, when to use it, cautions, and how to do it at home')
      .argument('<id>', 'a technique id, as listed by `backrub techniques`')
      .option('--json', 'print the technique as JSON')
      .action((id: string, options: { json?: boolean }) => {
        if (!isTechniqueId(id)) {
          throw new UsageError(`unknown technique "${id}". Valid ids: ${Object.keys(TECHNIQUES).join(', ')}.`);
        }
        const technique = TECHNIQUES[id];
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify(technique, null, 2)}\n`);
          return;
        }
        ctx.stdout.write(renderTechnique(technique, makeStyle(useColour(ctx.stdout, ctx.env)), reportWidth(ctx.stdout)));
      });
  },
};
