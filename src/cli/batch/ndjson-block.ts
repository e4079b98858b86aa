import { assess, IntakeSchema, toErrorBody, validate, type FieldIssue } from '../../core/index.js';
import type { ByteBlock } from './line-blocks.js';
import type { Utf8Buffer } from './utf8-buffer.js';

/** Where a block's output lines go, in order: encoded into a buffer as they come. */
export interface LineSink {
  add(text: string): void;
}

/** What a block's lines were: intake lines answered (blank lines do not count), and which were invalid. */
export interface BlockCounts {
  count: number;
  invalidLines: number[];
}

/** A block answered on a worker: its output lines as UTF-8 bytes in memory of their own, to hand back. */
export interface BlockAnswer extends BlockCounts {
  output: Uint8Array<ArrayBuffer>;
}

function errorLine(line: number, message: string, issues: FieldIssue[]): string {
  return `${JSON.stringify({ line, ...toErrorBody('invalid_intake', message, issues) })}\n`;
}

/** Adds the line's answer to `out`; false when the line was not a valid intake (its error went out instead). */
function answerLine(text: string, line: number, out: LineSink): boolean {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = `Line ${line} is not valid JSON (${(error as Error).message}).`;
    out.add(errorLine(line, message, [{ path: '(root)', message }]));
    return false;
  }
  const intake = validate(IntakeSchema, document);
  if (!intake.ok) {
    const count = intake.issues.length === 1 ? '1 problem' : `${intake.issues.length} problems`;
    out.add(errorLine(line, `The intake on line ${line} has ${count}.`, intake.issues));
    return false;
  }
  out.add(JSON.stringify(assess(intake.value)));
  out.add('\n');
  return true;
}

const decoder = new TextDecoder();

/**
 * Assesses every line of the block: an assessment per valid intake, an error (with its line number)
 * per invalid one, each added to `out` in order. Blank lines are skipped. The block is decoded here
 * (a bad UTF-8 sequence becomes U+FFFD, and so fails as JSON on its own line). Pure but for `out`, so
 * a worker thread runs it exactly as the main one.
 */
export function answerBlock({ bytes, firstLine }: ByteBlock, out: LineSink): BlockCounts {
  const text = decoder.decode(bytes);
  let count = 0;
  const invalidLines: number[] = [];
  let line = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') {
      count += 1;
      if (!answerLine(content, line, out)) invalidLines.push(line);
    }
    line += 1;
    start = end + 1;
  }
  return { count, invalidLines };
}

/** A block answered into `buffer` and taken out of it as bytes a worker can hand over (transfer). */
export function answerBytes(block: ByteBlock, buffer: Utf8Buffer): BlockAnswer {
  const counts = answerBlock(block, buffer);
  return { output: buffer.take(), ...counts };
}
