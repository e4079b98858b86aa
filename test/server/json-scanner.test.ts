import { describe, expect, it } from 'vitest';
import { JsonScanner, JsonSyntaxError } from '../../src/server/export/json-scanner.js';

async function scan(text: string) {
  const values: Record<string, unknown> = {};
  const items: Record<string, unknown[]> = {};
  await new JsonScanner(Buffer.from(text)).visit(new Set(['entries']), {
    value: (key, value) => void (values[key] = value),
    item: (key, _index, value) => void (items[key] ??= []).push(value),
  }, 2);
  return { values, items };
}

describe('JsonScanner: the import reads its file item by item', () => {
  it('gives the same values as JSON.parse, however tricky the strings', async () => {
    const doc = {
      format: 'backrub-export',
      version: 1,
      account: { email: 'a@b.c', nested: [[1, { x: '}]' }], []] },
      entries: [
        { notes: 'quote " and backslash \\ and \\" and ] } [ {', n: -1.5e3 },
        { notes: 'ünïcødé ✓ 😀', list: [true, false, null] },
        'a string item',
        42,
        { notes: 'ends with a backslash \\' },
      ],
      empty: [],
      nothing: null,
    };
    const { values, items } = await scan(JSON.stringify(doc, null, 2));
    expect(items.entries).toEqual(doc.entries);
    expect(values).toEqual({ format: doc.format, version: 1, account: doc.account, empty: [], nothing: null });
  });

  it.each([
    ['', 'empty'],
    ['[1,2]', 'not an object'],
    ['{"entries": [1,,2]}', 'double comma'],
    ['{"entries": [1, 2}', 'unclosed list'],
    ['{"a": "unclosed}', 'unclosed string'],
    ['{"a": 1} trailing', 'text after the end'],
    ['{"a" 1}', 'no colon'],
    ['{"a": tru}', 'bad literal'],
  ])('refuses %j (%s)', async (text) => {
    await expect(scan(text)).rejects.toBeInstanceOf(JsonSyntaxError);
  });

  it('reads an empty object and empty lists', async () => {
    expect(await scan(' { } ')).toEqual({ values: {}, items: {} });
    expect(await scan('{"entries":[]}')).toEqual({ values: {}, items: {} });
  });
});
