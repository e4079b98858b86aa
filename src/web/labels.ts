import type { Intake } from '../core/intake.js';
import { QUESTIONS } from './core.js';

// Plain-word labels for questions and answers come from the core's QUESTIONS, so the web and the CLI
// ask the same thing in the same words.
export type LabelGroup =
  | 'areas' | 'pattern' | 'quality' | 'trend' | 'causes' | 'contexts' | 'goals' | 'setting' | 'pressure'
  | 'equipment' | 'conditions' | 'symptoms';

function question(field: keyof Intake) {
  return QUESTIONS.find((q) => q.field === field);
}

function humanize(value: string): string {
  const s = value.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function optionLabel(group: LabelGroup, value: string): string {
  const q = question(group);
  const option = q && 'options' in q ? q.options.find((o) => o.value === value) : undefined;
  return option?.label ?? humanize(value);
}

/** The question's own words and help text, with a fallback for questions the core does not ask. */
export function questionText(field: keyof Intake, fallback: string): { label: string; help: string | undefined } {
  const q = question(field);
  return { label: q?.label ?? fallback, help: q?.help };
}
