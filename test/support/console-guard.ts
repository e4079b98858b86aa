import { format } from 'node:util';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';

// A vitest setup file: a test that writes to console.error fails, unless it said beforehand that it
// expects that message (expectConsoleError) and the message then came. An error printed by a hook
// outside any test fails the file. The messages still print, so a failure shows what was said.

interface Guard {
  calls: string[];
  expected: RegExp[];
  outside: string[];
  inTest: boolean;
}

const KEY = Symbol.for('backrub.console-guard');
const globals = globalThis as typeof globalThis & { [KEY]?: Guard };
const guard: Guard = (globals[KEY] ??= { calls: [], expected: [], outside: [], inTest: false });

/** Declares that this test writes a console.error matching `pattern`; the test fails if none comes. */
export function expectConsoleError(pattern: RegExp): void {
  guard.expected.push(pattern);
}

const original = console.error.bind(console);
console.error = (...args: unknown[]) => {
  (guard.inTest ? guard.calls : guard.outside).push(format(...args));
  original(...args);
};

beforeEach(() => {
  guard.calls = [];
  guard.expected = [];
  guard.inTest = true;
});

afterEach(() => {
  guard.inTest = false;
  const unexpected = guard.calls.filter((text) => !guard.expected.some((pattern) => pattern.test(text)));
  const missing = guard.expected.filter((pattern) => !guard.calls.some((text) => pattern.test(text)));
  expect(unexpected, 'unexpected console.error (call expectConsoleError(/.../) first if the test means it)').toEqual([]);
  expect(missing.map(String), 'an expected console.error never came').toEqual([]);
});

afterAll(() => {
  expect(guard.outside, 'console.error outside any test (in a hook or at import)').toEqual([]);
});
