import { describe, expect, it } from 'vitest';
import { expectConsoleError } from './console-guard.js';

describe('the console.error guard', () => {
  it('lets a test that declares its console.error pass', () => {
    expectConsoleError(/^could not reach the mail server/);
    console.error('could not reach the mail server: %s', 'ECONNREFUSED');
    expect(true).toBe(true);
  });
});

describe('the console.error guard fails', () => {
  it.fails('a test that writes an unexpected console.error', () => {
    console.error('something broke');
  });

  it.fails('a test whose expected console.error never comes', () => {
    expectConsoleError(/the mail server is down/);
  });
});
