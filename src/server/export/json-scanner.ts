import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/**
 * Reads a large JSON document (an import file of up to 50 MiB) without blocking the event loop:
 * `JSON.parse` of the whole body took seconds at 100k entries, during which the server answered no one.
 * The scanner walks the top-level object's structure in the raw bytes (every structural character is
 * ASCII, so UTF-8 needs no decoding), parses each top-level value, and each item of the big arrays,
 * separately with `JSON.parse`, and yields to the event loop every few hundred items or MiB.
 */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const YIELD_EVERY_BYTES = 1 << 20;

const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

export type TopLevelVisitor = {
  /** Called for each item of an array under one of `itemKeys`. */
  item(key: string, index: number, value: unknown): void | Promise<void>;
  /** Called for every other top-level value. */
  value(key: string, value: unknown): void | Promise<void>;
};

export class JsonScanner {
  private pos = 0;
  private lastYield = 0;

  constructor(private readonly buf: Buffer) {}

  /** Visits every top-level field; arrays under `itemKeys` item by item. */
  async visit(itemKeys: ReadonlySet<string>, visitor: TopLevelVisitor, itemsPerYield = 100): Promise<void> {
    this.skipSpace();
    this.expect(OPEN_OBJECT, 'the file must be a JSON object');
    this.skipSpace();
    if (this.peek() === CLOSE_OBJECT) {
      this.pos += 1;
      return this.end();
    }
    for (;;) {
      this.skipSpace();
      const key = this.parse(this.pos, this.skipString()) as string;
      this.skipSpace();
      this.expect(COLON, 'expected ":"');
      this.skipSpace();
      if (itemKeys.has(key) && this.peek() === OPEN_ARRAY) {
        await this.visitArray(key, visitor, itemsPerYield);
      } else {
        const start = this.pos;
        await visitor.value(key, this.parse(start, await this.skipValue()));
      }
      this.skipSpace();
      const next = this.buf[this.pos++];
      if (next === CLOSE_OBJECT) return this.end();
      if (next !== COMMA) throw this.error('expected "," or "}"');
    }
  }

  private async visitArray(key: string, visitor: TopLevelVisitor, itemsPerYield: number): Promise<void> {
    this.pos += 1; // [
    this.skipSpace();
    if (this.peek() === CLOSE_ARRAY) {
      this.pos += 1;
      return;
    }
    for (let index = 0; ; index++) {
      this.skipSpace();
      const start = this.pos;
      await visitor.item(key, index, this.parse(start, await this.skipValue()));
      if (index % itemsPerYield === itemsPerYield - 1) await this.yield();
      this.skipSpace();
      const next = this.buf[this.pos++];
      if (next === CLOSE_ARRAY) return;
      if (next !== COMMA) throw this.error('expected "," or "]"');
    }
  }

  private end(): void {
    this.skipSpace();
    if (this.pos < this.buf.length) throw this.error('unexpected text after the end of the document');
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.buf.toString('utf8', start, end));
    } catch {
      throw new JsonSyntaxError(`The file is not valid JSON near byte ${start}.`);
    }
  }

  private peek(): number | undefined {
    return this.buf[this.pos];
  }

  private expect(byte: number, message: string): void {
    if (this.buf[this.pos] !== byte) throw this.error(message);
    this.pos += 1;
  }

  private error(message: string): JsonSyntaxError {
    return new JsonSyntaxError(`The file is not valid JSON near byte ${this.pos}: ${message}.`);
  }

  private skipSpace(): void {
    while (isSpace(this.buf[this.pos])) this.pos += 1;
  }

  private async yield(): Promise<void> {
    this.lastYield = this.pos;
    await yieldToEventLoop();
  }

  /** From an opening quote to just after its closing quote. */
  private skipString(): number {
    if (this.buf[this.pos] !== QUOTE) throw this.error('expected a string');
    let at = this.pos + 1;
    for (;;) {
      const quote = this.buf.indexOf(QUOTE, at);
      if (quote < 0) throw this.error('a string is not closed');
      let backslashes = 0;
      while (this.buf[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
      at = quote + 1;
      if (backslashes % 2 === 0) break;
    }
    this.pos = at;
    return this.pos;
  }

  /** Past one value (object, array, string, number, literal); nesting is followed, strings jumped over. */
  private async skipValue(): Promise<number> {
    const first = this.buf[this.pos];
    if (first === QUOTE) return this.skipString();
    if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
      while (this.pos < this.buf.length) {
        const byte = this.buf[this.pos];
        if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || isSpace(byte)) break;
        this.pos += 1;
      }
      return this.pos;
    }
    let depth = 0;
    while (this.pos < this.buf.length) {
      const byte = this.buf[this.pos];
      if (byte === QUOTE) this.skipString();
      else this.pos += 1;
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth -= 1;
        if (depth === 0) return this.pos;
      }
      if (this.pos - this.lastYield > YIELD_EVERY_BYTES) await this.yield();
    }
    throw this.error('the document ends too early');
  }
}
