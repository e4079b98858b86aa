/** Buffers kept for reuse: an answer or two on its way back while the next is made. */
const MAX_SPARE = 2;

/**
 * Text encoded as UTF-8 straight into a buffer as it is added: one encoding pass per piece of text,
 * no joining of strings first, no Buffer per line. `take()` hands the bytes over and starts a fresh
 * buffer, so the bytes given out are never written over (a stream may keep them until it has written
 * them; a worker transfers their memory). The buffer is never a slice of Node's shared pool.
 */
export class Utf8Buffer {
  private bytes: Buffer;
  private used = 0;
  /** Memory given back after its bytes were written (see `recycle`), used again by the next take(). */
  private spare: ArrayBuffer[] = [];

  constructor(private readonly least = 256 * 1024) {
    this.bytes = Buffer.allocUnsafeSlow(least);
  }

  /** Bytes added since the last take(). */
  get size(): number {
    return this.used;
  }

  add(text: string): void {
    // A UTF-16 code unit never takes more than 3 bytes of UTF-8 (a surrogate pair: 4 bytes for 2).
    const most = text.length * 3;
    if (this.used + most > this.bytes.length) this.grow(this.used + most);
    this.used += this.bytes.write(text, this.used);
  }

  /** The bytes so far, as memory of their own; the next text goes into a new buffer about as big. */
  take(): Buffer<ArrayBuffer> {
    const out = this.bytes.subarray(0, this.used);
    // Sized by what this run needed, so the next one (a block like this one) rarely grows.
    const size = Math.max(this.least, this.used + (this.used >> 3));
    const reused = this.spare.pop();
    this.bytes = reused && reused.byteLength >= size ? Buffer.from(reused) : Buffer.allocUnsafeSlow(size);
    this.used = 0;
    return out as Buffer<ArrayBuffer>;
  }

  /**
   * Takes back the memory of bytes given out by take() once they are written, so a long batch reuses a
   * few buffers instead of leaving one behind per block for the collector (on the main thread, which
   * allocates little, that can take long enough to hold tens of megabytes).
   */
  recycle(memory: ArrayBuffer): void {
    if (this.spare.length < MAX_SPARE) this.spare.push(memory);
  }

  private grow(needed: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(needed, this.bytes.length * 2));
    this.bytes.copy(bigger, 0, 0, this.used);
    this.bytes = bigger;
  }
}
