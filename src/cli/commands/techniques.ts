// Straight from the knowledge base, not core/index.js: listing techniques needs no zod (fast start-up).
import type { TechniqueId } from '../../core/assessment.js';
import { TECHNIQUES } from '../../core/knowledge/techniques.js';

/** One entry of the knowledge base's technique list. */
export type Technique = (typeof TECHNIQUES)[TechniqueId];
import type { CliCommand } from '../context.js';
import { makeStyle, useColour } from '../style.js';

export const settingWords: Record<Technique['setting'], string> = { home: 'at home', professional: 'with a therapist' };

/** A plain-text table; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  '));
}

export const techniquesCommand: CliCommand = {
  name: 'techniques',
  register(program, ctx) {
    program
      .command('techniques')
      .description('list the massage techniques backrub knows')
      .option('--json', 'print the techniques as JSON')
      .action((options: { json?: boolean }) => {
        const techniques = Object.values(TECHNIQUES);
        if (options.json) {
          ctx.stdout.write(`${JSON.stringify(techniques, null, 2)}\n`);
          return;
        }
        const style = makeStyle(useColour(ctx.stdout, ctx.env));
        const [head, ...body] = table([
          ['ID', 'NAME', 'WHERE', 'PRESSURE'],
          ...techniques.map((t): string[] => [t.id, t.name, settingWords[t.setting], t.pressure]),
        ]);
        ctx.stdout.write(`${style.bold(head ?? '')}\n${body.join('\n')}\n\n`);
        ctx.stdout.write(style.dim('Details and how-to steps: backrub technique <id>\n'));
      });
  },
};
