import { Worker } from 'node:worker_threads';
import { ChunkedWriter } from './chunked-writer.js';
import { byteBlocks, type ByteBlock } from './line-blocks.js';
import { answerBlock, type BlockAnswer, type BlockCounts } from './ndjson-block.js';

/** What `--ndjson` tells the person at the end. */
export interface NdjsonSummary {
  /** Intake lines answered. */
  lines: number;
  invalid: number;
  /** The first few invalid line numbers, for the message on standard error. */
  firstInvalid: number[];
}

const SHOWN_INVALID = 10;

/** Answers blocks in this thread, one after the other, each line encoded straight into the writer's chunk. */
async function* inThisThread(blocks: AsyncIterable<ByteBlock>, out: ChunkedWriter): AsyncGenerator<BlockCounts> {
  for await (const block of blocks) {
    yield answerBlock(block, out);
    await out.flushIfFull();
  }
}

/** A worker's answer; `written` hands its memory back to the worker once the bytes are written. */
type WorkerAnswer = BlockAnswer & { written: () => void };

/** Blocks a worker holds at once: one it answers, one waiting, so it never waits for the main thread. */
const QUEUED_PER_WORKER = 2;
/** Blocks read ahead of what has been written, per worker: room for answers to wait for an earlier, slower one. */
const AHEAD_PER_WORKER = 3;

/**
 * Answers blocks on `jobs` worker threads, and yields the answers in input order. Each block goes to
 * the worker with the fewest blocks queued (not round robin: a worker that is done early takes more),
 * at most QUEUED_PER_WORKER each, and at most AHEAD_PER_WORKER * jobs blocks are read ahead of what
 * has been written, so memory stays flat however long the input is.
 */
async function* onWorkers(blocks: AsyncIterable<ByteBlock>, jobs: number): AsyncGenerator<WorkerAnswer> {
  // A small heap per worker: it holds a block or two at a time, and a lazy collector would let each
  // grow. 12 MB of young generation, not 8: the collector's share of a worker halves (decision 0105),
  // while 16 MB would take a million lines to about 195 MB of the 200 MB goal.
  const resourceLimits = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 12 };
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./ndjson-worker.js', import.meta.url), { resourceLimits }));
  const queued = workers.map(() => 0);
  const finished = new Map<number, WorkerAnswer>();
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  workers.forEach((worker, index) => {
    worker.on('message', ({ seq, ...answer }: BlockAnswer & { seq: number }) => {
      queued[index] = (queued[index] ?? 1) - 1;
      const memory = answer.output.buffer;
      const written = () => {
        if (!ended) worker.postMessage({ spare: memory }, [memory]);
      };
      finished.set(seq, { ...answer, written });
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  });
  const settle = () => new Promise<void>((resolve) => (wake = resolve));
  const leastQueued = () => queued.indexOf(Math.min(...queued));
  let sent = 0;
  let next = 0;
  try {
    for await (const block of blocks) {
      // Wait for room: a worker with a free place, and not too far ahead of what has been written.
      for (;;) {
        if (failure) throw failure;
        for (let answer = finished.get(next); answer; answer = finished.get(next)) {
          finished.delete(next);
          next += 1;
          yield answer;
        }
        if ((queued[leastQueued()] ?? 0) < QUEUED_PER_WORKER && sent - next < AHEAD_PER_WORKER * jobs) break;
        await settle();
      }
      const index = leastQueued();
      // The block's memory moves to the worker: nothing is copied or decoded here.
      workers[index]?.postMessage({ seq: sent, ...block }, [block.bytes.buffer]);
      queued[index] = (queued[index] ?? 0) + 1;
      sent += 1;
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
    ended = true;
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
  // A worker's answer carries its output as bytes; in this thread the lines went into `out` already.
  const answers: AsyncIterable<BlockCounts & Partial<WorkerAnswer>> = jobs > 1 ? onWorkers(blocks, jobs) : inThisThread(blocks, out);
  for await (const answer of answers) {
    summary.lines += answer.count;
    summary.invalid += answer.invalidLines.length;
    for (const line of answer.invalidLines) if (summary.firstInvalid.length < SHOWN_INVALID) summary.firstInvalid.push(line);
    if (answer.output) await out.writeBytes(answer.output, answer.written);
  }
  await out.flush();
  return summary;
}
