import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortShort } from './short-sort.js';

describe('sortShort', () => {
  it('orders like Array.prototype.sort, equal items kept in their order (stable)', () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 4 }), at: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
        expect(sortShort([...items], byKey)).toEqual([...items].sort(byKey));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts in place and hands back the same list', () => {
    const items = [1, 3, 2];
    expect(sortShort(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
