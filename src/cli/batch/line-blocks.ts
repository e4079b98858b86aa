/**
 * A run of whole lines of NDJSON input as raw UTF-8 bytes, and the number of its first line (from 1).
 * Bytes, not text: the main thread only cuts at newline bytes (a newline byte is never part of
 * another character in UTF-8) and hands the block's memory to a worker without copying or decoding
 * it, so with `--jobs N` the decoding is done on the workers.
 */
export interface ByteBlock {
  bytes: Uint8Array<ArrayBuffer>;
  firstLine: number;
}

const NEWLINE = 0x0a;
/** About 128 KiB of input per block: a few hundred lines, so handing blocks over costs little per line. */
export const BLOCK_BYTES = 128 * 1024;

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) count += 1;
  return count;
}

/** The parts copied into one fresh buffer of its own (never a slice of Node's shared pool, so it can be transferred). */
function joined(parts: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const asBytes = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);

/**
 * Cuts a stream of input chunks into blocks of whole lines of at least `blockBytes` (the last one may
 * be shorter), as the chunks arrive: the input is never held whole, and a line longer than a block
 * simply makes its block longer. Each chunk is searched for a newline once, so the work is linear.
 */
export async function* byteBlocks(chunks: AsyncIterable<string | Uint8Array>, blockBytes = BLOCK_BYTES): AsyncGenerator<ByteBlock> {
  let pending: Uint8Array[] = [];
  let size = 0;
  let nextLine = 1;
  for await (const chunk of chunks) {
    const bytes = asBytes(chunk);
    const cut = size + bytes.length >= blockBytes ? bytes.lastIndexOf(NEWLINE) : -1;
    if (cut === -1) {
      pending.push(bytes);
      size += bytes.length;
      continue;
    }
    pending.push(bytes.subarray(0, cut + 1));
    const block = joined(pending, size + cut + 1);
    const firstLine = nextLine;
    // Counted before the block is yielded: a worker may take its memory then.
    nextLine += countNewlines(block);
    yield { bytes: block, firstLine };
    // Only ever copied into a block by joined(), so the chunk's memory is never handed over.
    const rest = bytes.subarray(cut + 1);
    pending = rest.length > 0 ? [rest] : [];
    size = rest.length;
  }
  if (size > 0) yield { bytes: joined(pending, size), firstLine: nextLine };
}
