import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';

// Each browser test checks its own console: any console error (a CSP violation shows up as one) or
// uncaught exception fails the test it happened in, not a summary test at the end of the suite.

export interface ConsoleGuard {
  /** Starts watching a page (call it for every page a test opens). */
  watch(page: Page): Page;
  /** Lets this test (only) log errors matching `pattern`, e.g. a page failing on purpose. */
  expectError(pattern: RegExp): void;
}

/**
 * Registers the per-test hooks for the suite that calls it. `allowed` lists the errors the app logs for
 * answers it handles (e.g. the browser's "status of 401" line while signed out); everything else fails.
 */
export function guardConsole(allowed: readonly RegExp[] = []): ConsoleGuard {
  let problems: string[] = [];
  let expected: RegExp[] = [];
  beforeEach(() => {
    problems = [];
    expected = [];
  });
  afterEach(() => {
    const unexpected = problems.filter((p) => !expected.some((e) => e.test(p)));
    expect(unexpected, 'console errors, CSP violations or uncaught exceptions').toEqual([]);
  });
  return {
    watch(page) {
      page.on('console', (msg) => {
        if (msg.type() !== 'error' || allowed.some((a) => a.test(msg.text()))) return;
        problems.push(`${page.url()}: console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      return page;
    },
    expectError(pattern) {
      expected.push(pattern);
    },
  };
}
