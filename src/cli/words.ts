import { AREA_LABELS, type BodyArea } from '../core/index.js';

/** Shown under every report and on `--help`. */
export const DISCLAIMER =
  'backrub gives general information, not medical advice, and does not replace a doctor or physiotherapist. ' +
  'If you are unsure, if the pain is severe or getting worse, or if new symptoms appear, see a doctor.';

/** A body area in words, e.g. `upper-back` -> "Upper back and shoulders"; `whole-back` is the plan's warm-up area. */
export function areaName(area: BodyArea | 'whole-back'): string {
  return area === 'whole-back' ? 'Whole back' : AREA_LABELS[area];
}
