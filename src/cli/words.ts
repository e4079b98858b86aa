import { AREA_LABELS, type BodyArea } from '../core/index.js';

/** Shown under every report and on `--help`: the same words as the web app. */
export { DISCLAIMER } from '../core/index.js';

/** A body area in words, e.g. `upper-back` -> "Upper back and shoulders"; `whole-back` is the plan's warm-up area. */
export function areaName(area: BodyArea | 'whole-back'): string {
  return area === 'whole-back' ? 'Whole back' : AREA_LABELS[area];
}
