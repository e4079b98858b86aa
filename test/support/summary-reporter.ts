import type { Reporter, TestCase, TestModule } from 'vitest/node';

/** A suite named "... (X skipped: why)" gives its skipped tests that reason (see describeEachDialect). */
const REASON = /\(([^()]* skipped: [^()]*)\)$/;

function skipReason(test: TestCase): string | undefined {
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) {
    const reason = REASON.exec(parent.name)?.[1];
    if (reason) return reason;
  }
  return undefined;
}

/**
 * Prints one plain closing line, "N passed, N failed, N skipped", that any CI log reader understands,
 * and under it why tests were skipped when a suite says so, so a half-run suite is never silent.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else {
          counts.skipped += 1;
          const reason = skipReason(test);
          if (reason) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    }
    const why = [...reasons].map(([reason, n]) => `\n  ${n} tests: ${reason}`).join('');
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${why}`);
  }
}
