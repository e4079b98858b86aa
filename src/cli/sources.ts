import type { SourceId } from '../core/assessment.js';
import { SOURCES } from '../core/knowledge/sources.js';
import { wrap } from './style.js';

/** A source as "[id] title. citation", wrapped under its label. Kept apart from the report so `technique` loads no zod. */
export function sourceLines(id: SourceId, width: number): string[] {
  const label = `  [${id}] `;
  return wrap(`${SOURCES[id].title}. ${SOURCES[id].citation}`, width, ' '.repeat(label.length), label);
}
