import { describe, expect, it } from 'vitest';
import { parseCuePrefs } from './cues.js';

describe('the saved sound choices', () => {
  it('reads what was saved', () => {
    expect(parseCuePrefs(JSON.stringify({ beep: true, speak: false }))).toEqual({ beep: true, speak: false });
    expect(parseCuePrefs(JSON.stringify({ beep: false, speak: true }))).toEqual({ beep: false, speak: true });
  });

  it('counts nothing saved, damaged text and values that are not true/false as off', () => {
    expect(parseCuePrefs(null)).toEqual({ beep: false, speak: false });
    expect(parseCuePrefs('{"beep": tru')).toEqual({ beep: false, speak: false });
    expect(parseCuePrefs('"loud"')).toEqual({ beep: false, speak: false });
    expect(parseCuePrefs('null')).toEqual({ beep: false, speak: false });
    expect(parseCuePrefs(JSON.stringify({ beep: 'yes', speak: 1, volume: 11 }))).toEqual({ beep: false, speak: false });
  });
});
