import { expect } from 'vitest';

/**
 * Counts how many generated cases reach the path a property is about, so that a generator which
 * stops reaching it fails the test instead of passing on cases that never get there.
 */
export function pathCounter(path: string) {
  let runs = 0;
  let reached = 0;
  return {
    /** Records one generated case; returns whether it reached the path, for use in an `if`. */
    count(reachedPath: boolean): boolean {
      runs += 1;
      if (reachedPath) reached += 1;
      return reachedPath;
    },
    /** Fails unless at least `share` of the cases (over the last fc.assert) reached the path. */
    expectShare(share: number): void {
      expect(runs, `${path}: no case was generated`).toBeGreaterThan(0);
      expect(reached / runs, `${path}: reached by ${reached} of ${runs} cases`).toBeGreaterThanOrEqual(share);
    },
  };
}
