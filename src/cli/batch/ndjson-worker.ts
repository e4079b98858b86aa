import { parentPort } from 'node:worker_threads';
import { answerBytes } from './ndjson-block.js';
import type { ByteBlock } from './line-blocks.js';
import { Utf8Buffer } from './utf8-buffer.js';

// One of `--jobs N` worker threads: answers the blocks of lines the main thread sends, tagged with
// their sequence number so the main thread can print the answers in input order. Both ways the
// block travels as UTF-8 bytes whose memory is handed over, not copied: the main thread neither
// decodes the input nor encodes the output, it only cuts and writes, so it does not become the bottleneck.
// Once written, an answer's memory comes back here (`spare`), so the same few buffers go round.
const buffer = new Utf8Buffer(2 * 1024 * 1024);
parentPort?.on('message', (message: (ByteBlock & { seq: number }) | { spare: ArrayBuffer }) => {
  // The memory of an answer the main thread has written, back for the next one.
  if ('spare' in message) return buffer.recycle(message.spare);
  const answer = answerBytes(message, buffer);
  parentPort?.postMessage({ seq: message.seq, ...answer }, [answer.output.buffer]);
});
