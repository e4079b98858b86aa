import { parentPort } from 'node:worker_threads';
import { answerBlock, type Block } from './ndjson-block.js';

// One of `--jobs N` worker threads: answers the blocks of lines the main thread sends, tagged with
// their sequence number so the main thread can print the answers in input order.
// The answer goes back as UTF-8 bytes whose memory is handed over, not copied: the main thread then
// only writes, so it does not become the bottleneck.
const encoder = new TextEncoder();
parentPort?.on('message', (message: Block & { seq: number }) => {
  const { output, ...answer } = answerBlock(message);
  // TextEncoder gives a buffer of its own (never a slice of a shared pool), so it can be transferred.
  const bytes = encoder.encode(output.join(''));
  parentPort?.postMessage({ seq: message.seq, output: bytes, ...answer }, [bytes.buffer]);
});
