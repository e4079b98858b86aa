import type { QuestionId } from '../../core/intake.js';
import type { FlowQuestion, FlowStep } from '../core.js';

/**
 * The wizard's steps: the core flow's questions (`nextStep`), in its order and words, a few to a page.
 * A follow-up question appears on its step only while the flow asks for it. A benign intake sees the same
 * five steps as ever: "A few more questions" appears only when a follow-up applies. Each step has an id,
 * used in the address (`/check?step=<id>`) so the browser's Back button goes to the previous step.
 */
export interface Step {
  id: string;
  title: string;
  questions: readonly QuestionId[];
  lead?: string;
}

export const STEPS: readonly Step[] = [
  {
    id: 'safety',
    title: 'Safety check',
    questions: ['emergency-signs', 'warning-signs'],
    lead: 'Some problems need a doctor, not a massage. Tick anything that is true for you now. If none are true, press Next.',
  },
  { id: 'health', title: 'Your health', questions: ['conditions', 'age', 'pregnant', 'pregnancy-weeks', 'pregnancy-signs'] },
  { id: 'where', title: 'Where it hurts', questions: ['areas', 'pattern'] },
  { id: 'pain', title: 'About the pain', questions: ['quality', 'intensity', 'duration', 'trend', 'causes'] },
  {
    id: 'more',
    title: 'A few more questions',
    questions: ['onset', 'movement', 'upper-body-check', 'belly-side-check', 'leg-check', 'injury-date', 'skin-check', 'arthritis-check', 'spa-check', 'cancer-check'],
    lead: 'Your answers so far need a few more details, to be sure massage is safe for you.',
  },
  { id: 'preferences', title: 'What you would like', questions: ['contexts', 'goals', 'setting', 'pressure', 'equipment'] },
];
export const PREFERENCES = STEPS.length - 1;

/** The flow's questions on one step, in the flow's order. */
export function questionsOn(step: number, flow: FlowStep): FlowQuestion[] {
  const ids = STEPS[step]?.questions ?? [];
  return flow.path.filter((q) => ids.includes(q.id));
}

/** Steps with a question the flow asks, and the preferences step while the screen so far is self-care. */
export function visibleSteps(flow: FlowStep): number[] {
  return STEPS.map((_, i) => i).filter((i) => questionsOn(i, flow).length > 0 || (i === PREFERENCES && flow.screen.triage === 'self-care'));
}

/** The step a saved or linked number should show: itself when it applies, else the nearest later one. */
export function shownStep(wanted: number, visible: readonly number[]): number {
  return visible.includes(wanted) ? wanted : (visible.find((s) => s > wanted) ?? visible[visible.length - 1] ?? 0);
}

/** The step named in the address: a step id ("pain") or the id of a question on it ("duration"). */
export function stepIndexOf(id: string | null | undefined): number | undefined {
  if (!id) return undefined;
  const index = STEPS.findIndex((s) => s.id === id || s.questions.includes(id as QuestionId));
  return index >= 0 ? index : undefined;
}

/** The step holding a question. */
export const stepOfQuestion = (id: QuestionId): number => STEPS.findIndex((s) => s.questions.includes(id));
