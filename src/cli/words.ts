// Straight from zod-free core modules, not core/index.js: `--help` and the listing commands load no
// schema library (fast start-up, issue 14).
import { AREA_LABELS } from '../core/questions.js';
import type { BodyArea } from '../core/vocabulary.js';

/** Shown under every report and on `--help`: the same words as the web app. */
export { DISCLAIMER } from '../core/knowledge/triage-guidance.js';

/** A body area in words, e.g. `upper-back` -> "Upper back and shoulders"; `whole-back` is the plan's warm-up area. */
export function areaName(area: BodyArea | 'whole-back'): string {
  return area === 'whole-back' ? 'Whole back' : AREA_LABELS[area];
}
