import { Utf8Buffer } from './utf8-buffer.js';

/**
 * Collects text, encoded to UTF-8 as it comes (no joining, no Buffer per piece), and writes it in
 * chunks of about 256 KiB, waiting when the stream says it is full. A batch's answer is never held
 * whole in memory: a million assessments cost the same memory as ten.
 */
const CHUNK_BYTES = 256 * 1024;

/** Resolves when the stream can take more (or has closed, e.g. `| head` ended early: nothing to wait for). */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

export class ChunkedWriter {
  private readonly pending = new Utf8Buffer(CHUNK_BYTES * 2);

  constructor(private readonly stream: NodeJS.WritableStream) {}

  /** Adds text without writing yet (the caller writes with `flushIfFull` or `flush`). */
  add(text: string): void {
    this.pending.add(text);
  }

  /** Writes a chunk once enough is pending; returns a promise only when one went out and the stream asked to wait. */
  flushIfFull(): Promise<void> | undefined {
    return this.pending.size >= CHUNK_BYTES ? this.flush() : undefined;
  }

  /** Bytes already encoded (a worker's answer), written as they are after what is pending; `written` runs once the stream is done with them. */
  async writeBytes(bytes: Uint8Array, written?: () => void): Promise<void> {
    await this.flush();
    if (!this.stream.write(bytes, written ? () => written() : undefined)) await drained(this.stream);
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    // take() gives memory of its own: the stream may hold on to it until it is written.
    if (!this.stream.write(this.pending.take())) await drained(this.stream);
  }
}
