import { assess, IntakeSchema, toErrorBody, validate, type FieldIssue } from '../../core/index.js';
import type { ByteBlock } from './line-blocks.js';

/** A run of whole lines of NDJSON input, decoded, and the number of the first one (from 1). */
export interface Block {
  text: string;
  firstLine: number;
}

/** The answer to a block: one output line per intake line, in order, and which lines were invalid. */
export interface BlockAnswer {
  /**
   * One string per line when answered in this thread (small strings the collector frees young; one big
   * block string would go to the large-object space and let memory grow); UTF-8 bytes from a worker.
   */
  output: string[] | Uint8Array;
  /** Intake lines answered (blank lines do not count). */
  count: number;
  invalidLines: number[];
}

function errorLine(line: number, message: string, issues: FieldIssue[]): string {
  return `${JSON.stringify({ line, ...toErrorBody('invalid_intake', message, issues) })}\n`;
}

function answerLine(text: string, line: number): string | { error: string } {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = `Line ${line} is not valid JSON (${(error as Error).message}).`;
    return { error: errorLine(line, message, [{ path: '(root)', message }]) };
  }
  const intake = validate(IntakeSchema, document);
  if (!intake.ok) {
    const count = intake.issues.length === 1 ? '1 problem' : `${intake.issues.length} problems`;
    return { error: errorLine(line, `The intake on line ${line} has ${count}.`, intake.issues) };
  }
  return `${JSON.stringify(assess(intake.value))}\n`;
}

/**
 * Assesses every line of the block: an assessment per valid intake, an error (with its line number)
 * per invalid one. Blank lines are skipped. Pure, so a worker thread runs it exactly as the main one.
 */
export function answerBlock({ text, firstLine }: Block): BlockAnswer & { output: string[] } {
  const output: string[] = [];
  let count = 0;
  const invalidLines: number[] = [];
  let line = firstLine;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const content = text.slice(start, end).trim();
    if (content !== '') {
      const answer = answerLine(content, line);
      count += 1;
      if (typeof answer === 'string') output.push(answer);
      else {
        output.push(answer.error);
        invalidLines.push(line);
      }
    }
    line += 1;
    start = end + 1;
  }
  return { output, count, invalidLines };
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A block of input bytes as text (a bad UTF-8 sequence becomes U+FFFD, and so fails as JSON on its own line). */
export function decodeBlock({ bytes, firstLine }: ByteBlock): Block {
  return { text: decoder.decode(bytes), firstLine };
}

/**
 * A block answered as one run of UTF-8 bytes, for a worker thread to hand back. TextEncoder gives a
 * buffer of its own (never a slice of a shared pool), so its memory can be transferred.
 */
export function answerBytes(block: ByteBlock): BlockAnswer & { output: Uint8Array<ArrayBuffer> } {
  const { output, ...answer } = answerBlock(decodeBlock(block));
  return { output: encoder.encode(output.join('')), ...answer };
}
