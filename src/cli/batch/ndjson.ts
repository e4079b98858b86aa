import { Worker } from 'node:worker_threads';
import { ChunkedWriter } from './chunked-writer.js';
import { byteBlocks, type ByteBlock } from './line-blocks.js';
import { answerBlock, decodeBlock, type BlockAnswer } from './ndjson-block.js';

/** What `--ndjson` tells the person at the end. */
export interface NdjsonSummary {
  /** Intake lines answered. */
  lines: number;
  invalid: number;
  /** The first few invalid line numbers, for the message on standard error. */
  firstInvalid: number[];
}

const SHOWN_INVALID = 10;

/** Answers blocks in this thread, one after the other. */
async function* inThisThread(blocks: AsyncIterable<ByteBlock>): AsyncGenerator<BlockAnswer> {
  for await (const block of blocks) yield answerBlock(decodeBlock(block));
}

/**
 * Answers blocks on `jobs` worker threads, and yields the answers in input order. At most two blocks
 * per worker are in flight, so memory stays flat however long the input is.
 */
async function* onWorkers(blocks: AsyncIterable<ByteBlock>, jobs: number): AsyncGenerator<BlockAnswer> {
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
      // The block's memory moves to the worker: nothing is copied or decoded here.
      workers[sent % jobs]?.postMessage({ seq: sent, ...block }, [block.bytes.buffer]);
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
  chunks: AsyncIterable<string | Uint8Array>,
  stream: NodeJS.WritableStream,
  jobs: number,
): Promise<NdjsonSummary> {
  const out = new ChunkedWriter(stream);
  const summary: NdjsonSummary = { lines: 0, invalid: 0, firstInvalid: [] };
  const blocks = byteBlocks(chunks);
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
