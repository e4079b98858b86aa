// Straight from the knowledge base, not core/index.js: listing movements needs no zod (fast start-up).
import { doseWords, MOVEMENTS, type Movement } from '../../core/knowledge/movements.js';
import { isMovementId, MOVEMENT_IDS } from '../../core/movement-vocabulary.js';
import { sourceLines } from '../sources.js';
import { UsageError, type CliCommand } from '../context.js';
import { duration, heading, makeStyle, reportWidth, useColour, wrap, type Style } from '../style.js';
import { areaName } from '../words.js';
import { table } from './techniques.js';

const allMovements = () => MOVEMENT_IDS.map((id) => MOVEMENTS[id]);

/** One movement's page: what it is, where it helps, how to do it and how much, what to feel, when to stop. */
export function renderMovement(movement: Movement, style: Style, width: number): string {
  const bullet = (text: string) => wrap(text, width, '    ', '  - ');
  const dose = doseWords(movement.dose);
  const out = [
    style.bold(movement.name) + style.dim(`  (${movement.id})`),
    `Helps: ${movement.areas.map((a) => areaName(a).toLowerCase()).join(', ')}.  Position: ${movement.position.toLowerCase()}.`,
    `How much: ${dose || 'see the steps'} (about ${duration(movement.seconds)}).`,
    '',
    ...wrap(movement.summary, width),
    ...heading('How to do it', style),
  ];
  movement.steps.forEach((step, i) => out.push(...wrap(step, width, '     ', `  ${i + 1}. `)));
  out.push(...heading('What you should feel', style), ...wrap(movement.feel, width, '  '));
  out.push(...heading('When to stop', style), ...['Stop at once if you feel sharp pain.', ...movement.stopIf].flatMap(bullet));
  out.push(...heading('Take care', style), ...movement.cautions.flatMap(bullet));
  out.push(...heading('Sources', style));
  for (const id of movement.sources) out.push(...sourceLines(id, width));
  return `${out.join('\n')}\n`;
}

export const movementsCommand: CliCommand = {
  name: 'movements',
  register(program, ctx) {
    program
      .command('movements')
      .description('list the gentle stretches and movements backrub knows')
      .option('--json', 'print the movements as JSON')
      .action((options: { json?: boolean }) => {
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify(allMovements(), null, 2)}\n`);
          return;
        }
        const style = makeStyle(useColour(ctx.stdout, ctx.env));
        const [head, ...body] = table([
          ['ID', 'NAME', 'HOW MUCH', 'HELPS'],
          ...allMovements().map((m): string[] => [m.id, m.name, doseWords(m.dose) || duration(m.seconds), m.areas.join(', ')]),
        ]);
        ctx.stdout.write(`${style.bold(head ?? '')}\n${body.join('\n')}\n\n`);
        ctx.stdout.write(style.dim('How to do one, and when to stop: backrub movement <id>\n'));
      });
  },
};

export const movementCommand: CliCommand = {
  name: 'movement',
  register(program, ctx) {
    program
      .command('movement')
      .description('show one stretch or movement: how to do it, how much, what to feel and when to stop')
      .argument('<id>', 'a movement id, as listed by `backrub movements`')
      .option('--json', 'print the movement as JSON')
      .action((id: string, options: { json?: boolean }) => {
        if (!isMovementId(id)) throw new UsageError(`unknown movement "${id}". Valid ids: ${MOVEMENT_IDS.join(', ')}.`);
        const movement = MOVEMENTS[id];
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify(movement, null, 2)}\n`);
          return;
        }
        ctx.stdout.write(renderMovement(movement, makeStyle(useColour(ctx.stdout, ctx.env)), reportWidth(ctx.stdout)));
      });
  },
};
