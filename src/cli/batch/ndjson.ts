import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import { ChunkedWriter } from './chunked-writer.js';
import { answerBlock, type Block, type BlockAnswer } from './ndjson-block.js';

/** What `--ndjson` tells the person at the end. */
export interface NdjsonSummary {
  /** Intake lines answered. */
  lines: number;
  invalid: number;
  /** The first few invalid line numbers, for the message on standard error. */
  firstInvalid: number[];
}

const SHOWN_INVALID = 10;

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/**
 * Cuts a stream of text into blocks of whole lines, as the chunks arrive (about 64 KiB each): the
 * input is never held whole, and reading waits while the answers are written.
 */
export async function* lineBlocks(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<Block> {
  let rest = '';
  let nextLine = 1;
  let first = true;
  // Keeps a character cut between two chunks whole (standard input arrives as raw bytes).
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    let text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    const cut = text.lastIndexOf('\n');
    if (cut === -1) {
      rest = text;
      continue;
    }
    const whole = text.slice(0, cut + 1);
    rest = text.slice(cut + 1);
    yield { text: whole, firstLine: nextLine };
    nextLine += countNewlines(whole);
  }
  rest += decoder.end();
  if (rest !== '') yield { text: rest, firstLine: nextLine };
}

/** Answers blocks in this thread, one after the other. */
async function* inThisThread(blocks: AsyncIterable<Block>): AsyncGenerator<BlockAnswer> {
  for await (const block of blocks) yield answerBlock(block);
}

/**
 * Answers blocks on `jobs` worker threads, and yields the answers in input order. At most two blocks
 * per worker are in flight, so memory stays flat however long the input is.
 */
async function* onWorkers(blocks: AsyncIterable<Block>, jobs: number): AsyncGenerator<BlockAnswer> {
  // A small heap per worker: it holds one block at a time, and a lazy collector would let each grow.
  const resourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 };
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./ndjson-worker.js', import.meta.url), { resourceLimits }));
  const finished = new Map<number, BlockAnswer>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  for (const worker of workers) {
    worker.on('message', ({ seq, ...answer }: BlockAnswer & { seq: number }) => {
      finished.set(seq, answer);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }
  const settle = () => new Promise<void>((resolve) => (wake = resolve));
  let sent = 0;
  let next = 0;
  try {
    for await (const block of blocks) {
      // Keep every worker busy, without reading far ahead of what has been written.
      while (sent - next >= jobs * 2 && !finished.has(next)) {
        if (failure) throw failure;
        await settle();
      }
      workers[sent % jobs]?.postMessage({ seq: sent, ...block });
      sent += 1;
      for (let answer = finished.get(next); answer; answer = finished.get(next)) {
        finished.delete(next);
        next += 1;
        yield answer;
      }
    }
    while (next < sent) {
      if (failure) throw failure;
      const answer = finished.get(next);
      if (!answer) {
        await settle();
        continue;
      }
      finished.delete(next);
      next += 1;
      yield answer;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * `assess --ndjson`: one intake per line in, one answer per line out, in the same order. A line that
 * is not a valid intake gets an error line with its number; every other line is still assessed.
 */
export async function assessNdjson(
  chunks: AsyncIterable<string | Buffer>,
  stream: NodeJS.WritableStream,
  jobs: number,
): Promise<NdjsonSummary> {
  const out = new ChunkedWriter(stream);
  const summary: NdjsonSummary = { lines: 0, invalid: 0, firstInvalid: [] };
  const blocks = lineBlocks(chunks);
  for await (const answer of jobs > 1 ? onWorkers(blocks, jobs) : inThisThread(blocks)) {
    summary.lines += answer.count;
    summary.invalid += answer.invalidLines.length;
    for (const line of answer.invalidLines) if (summary.firstInvalid.length < SHOWN_INVALID) summary.firstInvalid.push(line);
    if (answer.output instanceof Uint8Array) await out.write(answer.output);
    else for (const line of answer.output) await out.write(line);
  }
  await out.flush();
  return summary;
}
