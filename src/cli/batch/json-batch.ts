import { assess, type Intake } from '../../core/index.js';
import { ChunkedWriter } from './chunked-writer.js';

/**
 * `assess --json` for validated intakes: the same bytes as `JSON.stringify(answer, null, 2)` plus a
 * newline, written one assessment at a time instead of as one big string. An item of a list printed
 * with two spaces of indent is the item printed alone with every line moved two spaces right (JSON
 * strings cannot hold a raw newline, so every newline is a line break of the layout).
 */
export async function writeJsonAssessments(stream: NodeJS.WritableStream, intakes: readonly Intake[], list: boolean): Promise<void> {
  const out = new ChunkedWriter(stream);
  if (!list) {
    await out.write(`${JSON.stringify(assess(intakes[0] as Intake), null, 2)}\n`);
    return out.flush();
  }
  await out.write('[\n');
  const last = intakes.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const item = JSON.stringify(assess(intakes[i] as Intake), null, 2).replaceAll('\n', '\n  ');
    await out.write(i === last ? `  ${item}\n` : `  ${item},\n`);
  }
  await out.write(']\n');
  return out.flush();
}
