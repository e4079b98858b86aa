import { describe, expect, it } from 'vitest';
import { csvCell, entriesCsv } from '../../src/server/export/csv.js';

/**
 * OWASP CSV injection: a cell a spreadsheet could run as a formula starts with an apostrophe, and every
 * cell with a separator, a quote or a line break is quoted. Each payload below came from the guidance or
 * from what spreadsheets skip before they look for a formula sign.
 */
const NEUTRALISED: [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+1', "'+1"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1)', "'@SUM(A1)"],
  [' =HYPERLINK("http://x")', `"' =HYPERLINK(""http://x"")"`],
  ['\u00a0=1+1', "'\u00a0=1+1"],
  ['\u200b=1+1', "'\u200b=1+1"],
  ['\ufeff+1', "'\ufeff+1"],
  ['\u3000@x', "'\u3000@x"],
  ['  \u00a0 -1', "'  \u00a0 -1"],
  ['\tanything', "'\tanything"],
  ['\rline', `"'\rline"`],
  ['\r=cmd', `"'\r=cmd"`],
  ['\n=cmd', `"'\n=cmd"`],
  ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
];

const QUOTED: [string, string][] = [
  ['a;b', '"a;b"'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\nlines', '"two\nlines"'],
  ['=a;b', `"'=a;b"`],
];

const LEFT_ALONE: [string, string][] = [
  ['plain words', 'plain words'],
  ['pain 3-4 after', 'pain 3-4 after'],
  ['email a@b.c', 'email a@b.c'],
  ['', ''],
];

describe('CSV cells (OWASP CSV injection)', () => {
  it.each(NEUTRALISED)('neutralises %j', (input, expected) => expect(csvCell(input)).toBe(expected));
  it.each(QUOTED)('quotes %j', (input, expected) => expect(csvCell(input)).toBe(expected));
  it.each(LEFT_ALONE)('leaves %j as it is', (input, expected) => expect(csvCell(input)).toBe(expected));

  it('keeps numbers as numbers (a negative relief is not a formula)', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes tags and areas joined with ";" in a diary export', () => {
    const csv = entriesCsv([{
      id: 'e1', occurredAt: '2025-03-01T10:00:00.000Z', localDate: '2025-03-01', painBefore: 5, painAfter: 3,
      areas: [{ area: 'neck', intensity: 2 }, { area: 'lower-back', intensity: 5 }], techniques: ['tennis-ball', 'self-massage-hands'],
      source: 'session', notes: ' =evil()', triggers: ['desk', '@work'], createdAt: '', updatedAt: '',
    } as never]);
    const row = csv.split('\r\n')[1];
    expect(row).toBe(`2025-03-01,10:00,UTC,5,3,2,"Tennis ball against a wall; self-massage-hands",,session,,,"neck:2;lower-back:5","desk;@work",' =evil(),"tennis-ball;self-massage-hands",,e1,2025-03-01T10:00:00.000Z`);
  });
});
