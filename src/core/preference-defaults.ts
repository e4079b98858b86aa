import type { Intake } from './intake.js';

/**
 * What an unanswered preference means, in one place (decision 0070). The web wizard lets a person skip
 * "Where?" and "What pressure?"; the CLI offers these same values as its pre-chosen answers; the ranking
 * reads a missing value as this. So the same answers rank the same in the web, the CLI and the API.
 */
export const PREFERENCE_DEFAULTS = { setting: 'either', pressure: 'medium' } as const satisfies Required<Pick<Intake, 'setting' | 'pressure'>>;

/** The intake with every unanswered preference filled from PREFERENCE_DEFAULTS; answered ones stay. */
export function withPreferenceDefaults<T extends Partial<Intake>>(intake: T): T {
  if (intake.setting !== undefined && intake.pressure !== undefined) return intake;
  return { ...intake, setting: intake.setting ?? PREFERENCE_DEFAULTS.setting, pressure: intake.pressure ?? PREFERENCE_DEFAULTS.pressure };
}
