import { MOVEMENTS } from '../../core/knowledge/movements.js';
import type { MovementId } from '../../core/movement-vocabulary.js';
import { TECHNIQUES } from '../core.js';

/** A plan step's name: the movement's, the technique's, or the warm-up's and the water break's own. */
export function stepTitle(technique: string, movement?: MovementId): string {
  if (movement) return MOVEMENTS[movement].name;
  if (technique === 'warm-up') return 'Warm up';
  if (technique === 'water') return 'Rest and drink water if you are thirsty';
  return TECHNIQUES[technique as keyof typeof TECHNIQUES]?.name ?? technique;
}
