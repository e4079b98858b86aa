import { parentPort } from 'node:worker_threads';
import { answerBytes } from './ndjson-block.js';
import type { ByteBlock } from './line-blocks.js';

// One of `--jobs N` worker threads: answers the blocks of lines the main thread sends, tagged with
// their sequence number so the main thread can print the answers in input order. Both ways the
// block travels as UTF-8 bytes whose memory is handed over, not copied: the main thread neither
// decodes the input nor encodes the output, it only cuts and writes, so it does not become the bottleneck.
parentPort?.on('message', (message: ByteBlock & { seq: number }) => {
  const answer = answerBytes(message);
  parentPort?.postMessage({ seq: message.seq, ...answer }, [answer.output.buffer]);
});
