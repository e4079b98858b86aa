import type { PlanStep } from '../../core/assessment.js';
import { SessionProgressSchema, type SessionProgress } from '../../core/session-progress.js';

// The running session in this tab's storage (sessionStorage: it goes when the tab closes, and nothing
// leaves the device), so a reload or a phone that slept carries on at the same step (decision 0066).

const KEY = 'backrub.session-progress.v1';

/** Names the steps, so progress saved for other steps is never resumed. */
export const planName = (steps: readonly PlanStep[]): string =>
  steps.map((s) => `${s.movement ?? s.technique}/${s.area}/${s.seconds}`).join(' ');

export function loadProgress(plan: string): SessionProgress | undefined {
  try {
    const parsed = SessionProgressSchema.safeParse(JSON.parse(sessionStorage.getItem(KEY) ?? 'null'));
    return parsed.success && parsed.data.plan === plan ? parsed.data : undefined;
  } catch {
    return undefined; // storage blocked or not JSON: start as new
  }
}

export function saveProgress(progress: SessionProgress | undefined): void {
  try {
    if (progress) sessionStorage.setItem(KEY, JSON.stringify(progress));
    else sessionStorage.removeItem(KEY);
  } catch {
    /* storage full or blocked: the session still runs, it just cannot carry on after a reload */
  }
}
