/**
 * Collects small pieces of text and writes them in chunks of about 64 KiB, waiting when the stream
 * says it is full. A batch's answer is never held whole in memory: a million assessments cost the
 * same memory as ten.
 */
const CHUNK_CHARS = 64 * 1024;

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
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  /** Adds text (or bytes, already encoded); returns a promise only when a chunk went out and the stream asked to wait. */
  write(text: string | Uint8Array): Promise<void> | undefined {
    if (typeof text !== 'string') return this.writeBytes(text);
    this.parts.push(text);
    this.size += text.length;
    return this.size >= CHUNK_CHARS ? this.flush() : undefined;
  }

  private async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (!this.stream.write(bytes)) await drained(this.stream);
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await drained(this.stream);
  }
}
