import type { Intake, QuestionId } from '../../core/intake.js';
import { durationInWords, PREFERENCE_DEFAULTS } from '../core.js';
import { Link } from '../components/ui.js';
import { type LabelGroup, optionLabel } from '../labels.js';

/** The wizard opens at a question with `/check?step=<core question id>` (agreed with the wizard's owner). */
export const changeHref = (step: QuestionId) => `/check?step=${encodeURIComponent(step)}`;

const words = (group: LabelGroup, values: readonly string[] | undefined, none: string) =>
  values && values.length > 0 ? values.map((v) => optionLabel(group, v)).join(', ') : none;

interface Row {
  step: QuestionId;
  label: string;
  value: (intake: Intake) => string;
}

/** The answers that shape the advice, each with the question to change it on. */
const ROWS: readonly Row[] = [
  { step: 'emergency-signs', label: 'Warning signs', value: (i) => words('symptoms', i.symptoms, 'None') },
  { step: 'conditions', label: 'Your health', value: (i) => words('conditions', i.conditions, 'Nothing to note') },
  { step: 'age', label: 'Age', value: (i) => String(i.age) },
  { step: 'areas', label: 'Where it hurts', value: (i) => words('areas', i.areas, 'Not said') },
  { step: 'quality', label: 'How it feels', value: (i) => words('quality', i.quality, 'Not said') },
  { step: 'intensity', label: 'How strong', value: (i) => `${i.intensity} out of 10` },
  { step: 'duration', label: 'How long', value: (i) => durationInWords(i.durationDays) },
  { step: 'setting', label: 'Where you want massage', value: (i) => optionLabel('setting', i.setting ?? PREFERENCE_DEFAULTS.setting) },
  {
    step: 'pressure',
    label: 'Pressure you like',
    value: (i) => (i.pressure ? optionLabel('pressure', i.pressure) : `Not said, so we use ${PREFERENCE_DEFAULTS.pressure}`),
  },
  { step: 'equipment', label: 'What you have at home', value: (i) => words('equipment', i.equipment, 'Nothing') },
];

/** "What you told us": a short recap of the answers with a link to change each one; printed too. */
export function Recap(props: { intake: Intake; date: Date }) {
  const made = props.date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <section aria-labelledby="recap-h" class="card recap" data-testid="recap">
      <h2 id="recap-h">What you told us</h2>
      <p class="hint" data-testid="results-date">
        Your answers on {made}. If something is wrong or has changed, change it and the advice updates.
      </p>
      <dl class="recap__list">
        {ROWS.map((row) => (
          <div key={row.step} class="recap__row">
            <dt>{row.label}</dt>
            <dd>
              <span data-testid={`recap-${row.step}`}>{row.value(props.intake)}</span>{' '}
              <Link href={changeHref(row.step)} class="recap__change no-print">
                Change<span class="visually-hidden"> {row.label.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
