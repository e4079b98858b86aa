import { assess, type Intake } from '../../core/index.js';
import { ChunkedWriter } from './chunked-writer.js';

/**
 * Assessments stringified together: enough to be cheap per item, and a piece's text (about 10 KB per
 * assessment) stays under V8's large-object size, so it is allocated and freed young like any string.
 */
const ITEMS_PER_PIECE = 8;

/**
 * `assess --json` for validated intakes: the same bytes as `JSON.stringify(answer, null, 2)` plus a
 * newline, written a piece at a time instead of as one big string. A piece is a slice of the list
 * stringified as a list of its own: its items come out exactly as they would inside the whole list,
 * so dropping the piece's own brackets and joining the pieces with ",\n" gives the same text.
 */
export async function writeJsonAssessments(stream: NodeJS.WritableStream, intakes: readonly Intake[], list: boolean): Promise<void> {
  const out = new ChunkedWriter(stream);
  if (!list) {
    out.add(JSON.stringify(assess(intakes[0] as Intake), null, 2));
    out.add('\n');
    return out.flush();
  }
  out.add('[\n');
  for (let start = 0; start < intakes.length; start += ITEMS_PER_PIECE) {
    const piece = intakes.slice(start, start + ITEMS_PER_PIECE).map((intake) => assess(intake));
    const text = JSON.stringify(piece, null, 2);
    // "[\n  {...},\n  {...}\n]" without "[\n" and "\n]": encoded from the piece's own text, not a copy of it.
    out.add(text.slice(2, -2));
    out.add(start + ITEMS_PER_PIECE < intakes.length ? ',\n' : '\n');
    await out.flushIfFull();
  }
  out.add(']\n');
  return out.flush();
}
