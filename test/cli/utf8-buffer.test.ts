import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChunkedWriter } from '../../src/cli/batch/chunked-writer.js';
import { Utf8Buffer } from '../../src/cli/batch/utf8-buffer.js';

// Pieces of text as a batch writes them, with characters of 1, 2, 3 and 4 bytes, lone surrogates
// (written as U+FFFD, as Buffer.from does), empty pieces, and pieces far longer than a buffer.
const pieces = Array.from({ length: 400 }, (_, i) => {
  if (i % 97 === 0) return '';
  if (i % 89 === 0) return 'lone \uD800 and \uDFFF surrogates';
  if (i % 50 === 0) return `{"long":"${'é€😀’'.repeat(5000)}"}\n`;
  return `{"n":${i},"text":"${'x'.repeat(i % 60)}${'é€😀’'.repeat(i % 9)}"}\n`;
});
const expected = Buffer.from(pieces.join(''));

describe('Utf8Buffer: text encoded into buffers as it comes', () => {
  it('gives the same bytes as Buffer.from of all the text joined, however the buffer grows and is taken', () => {
    for (const least of [1, 16, 4096, 256 * 1024]) {
      const buffer = new Utf8Buffer(least);
      const taken: Buffer[] = [];
      pieces.forEach((piece, i) => {
        buffer.add(piece);
        if (i % 7 === 0) taken.push(buffer.take());
      });
      taken.push(buffer.take());
      expect(Buffer.concat(taken).equals(expected), `least ${least}`).toBe(true);
    }
  });

  it('never writes over bytes it has given out, nor shares their memory with the next ones', () => {
    const buffer = new Utf8Buffer(64);
    const taken: { bytes: Buffer; copy: Buffer }[] = [];
    for (const piece of pieces) {
      buffer.add(piece);
      const bytes = buffer.take();
      taken.push({ bytes, copy: Buffer.from(bytes) });
    }
    for (const { bytes, copy } of taken) expect(bytes.equals(copy)).toBe(true);
    const memories = new Set(taken.map(({ bytes }) => bytes.buffer));
    expect(memories.size).toBe(taken.length);
    // Memory of its own, never Node's shared pool: a worker can transfer it.
    for (const { bytes } of taken) expect(bytes.byteOffset).toBe(0);
  });

  it('uses memory again only once it is given back, and then writes the right bytes into it', () => {
    const buffer = new Utf8Buffer(1024);
    buffer.add('a'.repeat(1000));
    const first = buffer.take();
    buffer.add('b'.repeat(1000));
    const second = buffer.take();
    expect(second.buffer).not.toBe(first.buffer);
    expect(first.toString()).toBe('a'.repeat(1000));
    buffer.recycle(first.buffer);
    buffer.add('c€'.repeat(100));
    const third = buffer.take();
    expect(third.toString()).toBe('c€'.repeat(100));
    // The next text goes into the memory given back.
    buffer.add('d');
    expect(buffer.take().buffer).toBe(first.buffer);
  });
});

/** A stream that keeps the chunks it is given (not copies) and takes them only slowly, so writers must wait. */
function slowStream(): { stream: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { stream, chunks };
}

describe('ChunkedWriter: one write per chunk of encoded text', () => {
  it('writes the same bytes as the text joined, text and encoded bytes in order, under back-pressure', async () => {
    const { stream, chunks } = slowStream();
    const out = new ChunkedWriter(stream);
    const bytes = Buffer.from('[bytes from a worker: é€😀]\n');
    let written = 0;
    for (const [i, piece] of pieces.entries()) {
      out.add(piece);
      await out.flushIfFull();
      if (i % 37 === 0) await out.writeBytes(bytes, () => (written += 1));
    }
    await out.flush();
    await new Promise<void>((resolve) => stream.end(resolve));
    const parts = pieces.flatMap((piece, i) => (i % 37 === 0 ? [Buffer.from(piece), bytes] : [Buffer.from(piece)]));
    expect(Buffer.concat(chunks).equals(Buffer.concat(parts))).toBe(true);
    // Every write of bytes was reported done (so their memory can go back to its worker).
    expect(written).toBe(pieces.filter((_, i) => i % 37 === 0).length);
    // Chunks, not a write per piece.
    expect(chunks.length).toBeLessThan(pieces.length / 2);
  });
});
