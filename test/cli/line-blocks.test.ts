import { describe, expect, it } from 'vitest';
import { byteBlocks, type ByteBlock } from '../../src/cli/batch/line-blocks.js';

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function collect(blocks: AsyncIterable<ByteBlock>): Promise<ByteBlock[]> {
  const all: ByteBlock[] = [];
  for await (const block of blocks) all.push(block);
  return all;
}

const decoder = new TextDecoder();
// Lines of different lengths, with characters of 2, 3 and 4 bytes that chunk edges fall inside.
const lines = Array.from({ length: 500 }, (_, i) => `{"n":${i},"note":"${'é€😀'.repeat(i % 7)}${'x'.repeat(i % 50)}"}`);
const input = new TextEncoder().encode(`${lines.join('\n')}\n`);

describe('NDJSON input cut into blocks of whole lines (the bytes a worker thread gets)', () => {
  it('gives back every byte once, in order, each block ending at a line end, with its first line number', async () => {
    for (const chunkSize of [1, 7, 1000, 5000]) {
      const blocks = await collect(byteBlocks(chunksOf(input, chunkSize), 2048));
      expect(blocks.length, `chunks of ${chunkSize}`).toBeGreaterThan(5);
      expect(decoder.decode(Buffer.concat(blocks.map((b) => b.bytes)))).toBe(decoder.decode(input));
      let line = 1;
      for (const block of blocks) {
        expect(block.bytes.at(-1)).toBe(0x0a);
        expect(block.firstLine).toBe(line);
        // Decoded on its own, a block is whole lines of whole characters.
        const text = decoder.decode(block.bytes);
        expect(text).not.toContain('\uFFFD');
        expect(text.split('\n')[0]).toBe(lines[line - 1]);
        line += text.split('\n').length - 1;
      }
    }
  });

  it('keeps a last line without a newline, and a line longer than a block whole', async () => {
    const long = 'y'.repeat(10_000);
    const text = `a\n${long}\nb`;
    const blocks = await collect(byteBlocks(chunksOf(new TextEncoder().encode(text), 300), 1024));
    expect(blocks.map((b) => decoder.decode(b.bytes))).toEqual([`a\n${long}\n`, 'b']);
    expect(blocks.map((b) => b.firstLine)).toEqual([1, 3]);
  });

  it('numbers the lines right when each block is handed over (its memory gone) as soon as it comes', async () => {
    const firstLines: number[] = [];
    for await (const block of byteBlocks(chunksOf(input, 1000), 2048)) {
      firstLines.push(block.firstLine);
      structuredClone(block.bytes, { transfer: [block.bytes.buffer] });
    }
    const expected = (await collect(byteBlocks(chunksOf(input, 1000), 2048))).map((b) => b.firstLine);
    expect(firstLines).toEqual(expected);
  });

  it('gives each block memory of its own, so handing it to a worker cannot take another block\'s bytes', async () => {
    const blocks = await collect(byteBlocks(chunksOf(input, 100), 2048));
    const buffers = new Set(blocks.map((b) => b.bytes.buffer));
    expect(buffers.size).toBe(blocks.length);
    for (const block of blocks) expect(block.bytes.byteLength).toBe(block.bytes.buffer.byteLength);
  });
});
