import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PRIVACY_DEVICE } from '../privacy.js';
import type { BodyArea, Intake, QuestionId } from '../../core/intake.js';
import { type Answers, type DurationUnit, answerFor, durationDays, fieldValue, saveAnswers, saveStep, toDraft } from '../answers.js';
import { applyAnswer, nextStep, type FlowQuestion, type FlowStep, type Question } from '../core.js';
import { BodyMap } from '../components/BodyMap.js';
import { CheckGroup, PainSlider, RadioGroup, type Option } from '../components/ui.js';
import { optionLabel } from '../labels.js';
import { navigate } from '../router.js';
import { EmergencyStop } from './EmergencyStop.js';

/**
 * The wizard asks the core flow's questions (`nextStep`), in its order and words, a few to a page. A
 * follow-up question appears on its page only while the flow asks for it, and an emergency answer
 * replaces the wizard with the stop page at once. A benign intake sees the same five pages as ever:
 * the "few more questions" page appears only when a follow-up applies.
 */
interface Page {
  title: string;
  questions: readonly QuestionId[];
  lead?: string;
}

const PAGES: readonly Page[] = [
  {
    title: 'Safety check',
    questions: ['emergency-signs', 'warning-signs'],
    lead: 'Some problems need a doctor, not a massage. Tick anything that is true for you now. If none are true, press Next.',
  },
  { title: 'Your health', questions: ['conditions', 'age', 'pregnant', 'pregnancy-weeks', 'pregnancy-signs'] },
  { title: 'Where it hurts', questions: ['areas', 'pattern'] },
  { title: 'About the pain', questions: ['quality', 'intensity', 'duration', 'trend', 'causes'] },
  {
    title: 'A few more questions',
    questions: ['onset', 'movement', 'upper-body-check', 'belly-side-check', 'leg-check', 'injury-date', 'skin-check', 'arthritis-check', 'spa-check', 'cancer-check'],
    lead: 'Your answers so far need a few more details, to be sure massage is safe for you.',
  },
  { title: 'What you would like', questions: ['contexts', 'goals', 'setting', 'pressure', 'equipment'] },
];
const PREFERENCES = PAGES.length - 1;

type Errors = Partial<Record<string, string>>;

/** The flow's questions on one page, in the flow's order. */
function questionsOn(page: number, step: FlowStep): FlowQuestion[] {
  const ids = PAGES[page]?.questions ?? [];
  return step.path.filter((q) => ids.includes(q.id));
}

/** Pages with a question the flow asks, and the preferences page while the screen so far is self-care. */
function visiblePages(step: FlowStep): number[] {
  return PAGES.map((_, i) => i).filter((i) => questionsOn(i, step).length > 0 || (i === PREFERENCES && step.screen.triage === 'self-care'));
}

const ageProblem = (age: number | undefined): string | undefined => {
  if (age === undefined || Number.isNaN(age)) return 'Please type your age in years.';
  if (!Number.isInteger(age)) return 'Please type your age as a whole number.';
  if (age < 16) return 'backrub is for people aged 16 and over. For a child or teenager with back pain, please see a doctor.';
  if (age > 110) return 'Please check your age: it should be 110 or less.';
  return undefined;
};

/** What is missing or wrong on a page, by the id of the field to jump to. */
function checkPage(questions: FlowQuestion[], a: Answers): Errors {
  const e: Errors = {};
  for (const q of questions) {
    for (const part of q.parts) {
      const value = fieldValue(a, part.field);
      if (part.field === 'age') {
        const problem = ageProblem(a.age);
        if (problem) e['age'] = problem;
      } else if (part.field === 'areas') {
        if (a.areas.length === 0) e['areas'] = 'Choose at least one place where it hurts.';
      } else if (part.field === 'pattern') {
        if (!a.pattern) e['pattern'] = 'Choose how the pain spreads.';
      } else if (part.field === 'intensity') {
        if (a.intensity === undefined) e['intensity'] = 'Move the slider to say how much it hurts (0 means no pain).';
      } else if (part.field === 'durationDays') {
        const days = durationDays(a);
        if (days === undefined || Number.isNaN(days)) e['duration'] = 'Please say how long you have had this pain.';
        else if (days < 0 || days > 36_500) e['duration'] = 'Please check how long: it should be between 0 days and 100 years.';
      } else if (q.mustAnswer && part.kind !== 'multi' && value === undefined) {
        e[inputId(q, part)] = `Please answer: ${partLabel(q, part)}`;
      }
    }
    if (Object.keys(e).length === 0) {
      // The core's own check of the values (the same as the intake schema's).
      const applied = applyAnswer(toDraft(a), q.id, answerFor(a, q.id));
      if (!applied.ok) e[q.id] = applied.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    }
  }
  return e;
}

const inputId = (q: FlowQuestion, part: Question) => (q.parts.length === 1 ? q.id : `${q.id}-${part.field}`);
const partLabel = (q: FlowQuestion, part: Question) => (q.parts.length === 1 ? q.label : part.label);
const FIELD_IDS: Record<string, string> = { age: 'age', areas: 'areas-heading', pattern: 'pattern-one-spot', intensity: 'intensity', duration: 'duration' };

function options(part: Question): Option<string>[] {
  return part.kind === 'multi' || part.kind === 'single' ? part.options.map((o) => ({ value: o.value, label: o.label })) : [];
}

/** One part of a flow question as a form control, with the core's words. */
function PartInput(props: { q: FlowQuestion; part: Question; a: Answers; update: (patch: Partial<Answers>) => void; errors: Errors }) {
  const { q, part, a, update, errors } = props;
  const label = partLabel(q, part);
  const hint = q.parts.length === 1 ? (q.help ?? part.help) : part.help;
  const id = inputId(q, part);
  const error = errors[id];
  const set = (field: keyof Intake, value: unknown) => update({ [field]: value } as Partial<Answers>);

  switch (part.field) {
    case 'age':
      return (
        <div class="field">
          <label for="age" class="field__label">{label}</label>
          {errors['age'] && <p class="field-error" id="age-error">{errors['age']}</p>}
          <input
            id="age" type="number" inputMode="numeric" min={16} max={110} autoComplete="off" class="input input--short"
            value={a.age ?? ''}
            aria-invalid={errors['age'] ? 'true' : undefined}
            aria-describedby={errors['age'] ? 'age-error' : undefined}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              update({ age: v === '' ? undefined : Number(v) });
            }}
          />
          <span class="unit">years</span>
        </div>
      );
    case 'areas':
      return (
        <>
          <h2 id="areas-heading" tabIndex={-1} class="question">{label} Tap every place on the body or in the list.</h2>
          {errors['areas'] && <p class="field-error">{errors['areas']}</p>}
          <BodyMap value={a.areas} onChange={(areas: BodyArea[]) => update({ areas })} label={(x) => optionLabel('areas', x)} />
        </>
      );
    case 'intensity':
      return (
        <PainSlider id="intensity" label={label} hint="0 means no pain. 10 means the worst pain you can imagine." value={a.intensity} onChange={(intensity) => update({ intensity })} error={errors['intensity']} />
      );
    case 'durationDays':
      // The web lets people answer in weeks, months or years, so the words ask "how long".
      return (
        <fieldset class="choices">
          <legend>How long have you had this pain?</legend>
          {errors['duration'] && <p class="field-error" id="duration-error">{errors['duration']}</p>}
          <div class="duration">
            <label for="duration" class="visually-hidden">Number</label>
            <input
              id="duration" type="number" inputMode="numeric" min={0} class="input input--short"
              value={a.durationAmount ?? ''}
              aria-invalid={errors['duration'] ? 'true' : undefined}
              aria-describedby={errors['duration'] ? 'duration-error' : undefined}
              onInput={(e) => {
                const v = (e.currentTarget as HTMLInputElement).value;
                update({ durationAmount: v === '' ? undefined : Number(v) });
              }}
            />
            <label for="duration-unit" class="visually-hidden">Unit</label>
            <select id="duration-unit" class="input" value={a.durationUnit} onChange={(e) => update({ durationUnit: (e.currentTarget as HTMLSelectElement).value as DurationUnit })}>
              <option value="days">days</option>
              <option value="weeks">weeks</option>
              <option value="months">months</option>
              <option value="years">years</option>
            </select>
          </div>
        </fieldset>
      );
    case 'pregnant':
      return <RadioGroup legend={label} hint={hint} name={id} options={options(part)} value={a.pregnancy} onChange={(pregnancy) => update({ pregnancy: pregnancy as Answers['pregnancy'] })} error={error} />;
  }

  switch (part.kind) {
    case 'multi': {
      const own = new Set(part.options.map((o) => o.value));
      const all = (fieldValue(a, part.field) as string[] | undefined) ?? [];
      return (
        <CheckGroup
          legend={label}
          hint={hint}
          name={id}
          tone={q.id === 'emergency-signs' ? 'danger' : undefined}
          options={options(part)}
          value={all.filter((v) => own.has(v))}
          // Several questions share the symptoms and conditions lists: keep the other questions' ticks.
          onChange={(chosen) => set(part.field, [...all.filter((v) => !own.has(v)), ...chosen])}
        />
      );
    }
    case 'single':
      return <RadioGroup legend={label} hint={hint} name={id} options={options(part)} value={fieldValue(a, part.field) as string | undefined} onChange={(v) => set(part.field, v)} error={error} />;
    case 'boolean': {
      const value = fieldValue(a, part.field) as boolean | undefined;
      return (
        <RadioGroup
          legend={label} hint={hint} name={id} error={error}
          options={[{ value: 'yes', label: part.yesLabel ?? 'Yes' }, { value: 'no', label: part.noLabel ?? 'No' }]}
          value={value === undefined ? undefined : value ? 'yes' : 'no'}
          onChange={(v) => set(part.field, v === 'yes')}
        />
      );
    }
    case 'number': {
      const value = fieldValue(a, part.field) as number | undefined;
      return (
        <div class="field">
          <label for={id} class="field__label">{label}</label>
          {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
          {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
          <input
            id={id} type="number" inputMode="numeric" min={part.min} max={part.max} class="input input--short"
            value={value ?? ''}
            aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
            onInput={(e) => {
              const v = (e.currentTarget as HTMLInputElement).value;
              set(part.field, v === '' ? undefined : Number(v));
            }}
          />
        </div>
      );
    }
  }
}

/** Kept while the stop page shows, so "by mistake" can put the answers back as they were. */
const BEFORE_STOP_KEY = 'backrub.before-stop.v1';

export function Wizard(props: { answers: Answers; setAnswers: (a: Answers) => void; step: number; setStep: (n: number) => void }) {
  const { answers: a } = props;
  const [errors, setErrors] = useState<Errors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  const flow = useMemo(() => nextStep(toDraft(a)), [a]);
  const stopped = flow.stage === 'stopped';
  const pages = visiblePages(flow);
  // A saved page that no longer applies (answers changed, or an older wizard's numbering): the nearest one that does.
  const page = pages.includes(props.step) ? props.step : (pages.find((p) => p > props.step) ?? pages[pages.length - 1] ?? 0);

  const save = (next: Answers) => {
    props.setAnswers(next);
    saveAnswers(next);
  };
  const update = (patch: Partial<Answers>) => {
    const next = { ...a, ...patch };
    if (!stopped && nextStep(toDraft(next)).stage === 'stopped') {
      try {
        sessionStorage.setItem(BEFORE_STOP_KEY, JSON.stringify(a));
      } catch {
        /* not kept: "by mistake" falls back to unticking the latest signs */
      }
    }
    save(next);
  };

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [page, stopped]);

  if (stopped && flow.result) {
    return (
      <EmergencyStop
        result={flow.result}
        onUndo={() => {
          let before: Answers | undefined;
          try {
            const kept = sessionStorage.getItem(BEFORE_STOP_KEY);
            before = kept ? (JSON.parse(kept) as Answers) : undefined;
            sessionStorage.removeItem(BEFORE_STOP_KEY);
          } catch {
            before = undefined;
          }
          if (!before || nextStep(toDraft(before)).stage === 'stopped') {
            // Untick the latest signs until none calls for an emergency.
            const symptoms = [...a.symptoms];
            while (symptoms.length > 0 && nextStep(toDraft({ ...a, symptoms })).stage === 'stopped') symptoms.pop();
            before = { ...a, symptoms };
          }
          // Back on the page where the sign was ticked, with it unticked.
          save(before);
        }}
      />
    );
  }

  const go = (to: number) => {
    props.setStep(to);
    saveStep(to);
    setErrors({});
    window.scrollTo(0, 0);
  };

  const shown = questionsOn(page, flow);
  const position = pages.indexOf(page);
  const last = position === pages.length - 1;

  const next = () => {
    const found = checkPage(shown, a);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const answered = [...a.answered.filter((id) => !shown.some((q) => q.id === id)), ...shown.map((q) => q.id)];
    const done = { ...a, answered };
    save(done);
    const after = nextStep(toDraft(done));
    if (after.stage === 'stopped') return; // the stop page replaces the wizard
    const afterPages = visiblePages(after);
    const following = afterPages.find((p) => p > page);
    const firstPending = after.pending[0] && PAGES.findIndex((p) => p.questions.includes(after.pending[0]!.id));
    // Go on page by page; a question left open on an earlier page (after going back) comes first.
    if (firstPending !== undefined && firstPending >= 0 && firstPending < page) return go(firstPending);
    if (following !== undefined) return go(following);
    if (firstPending !== undefined && firstPending >= 0) return go(firstPending);
    navigate('/results');
  };

  const errorList = Object.entries(errors).filter(([, m]) => m);

  return (
    <section class="wizard" aria-labelledby="step-heading">
      <div class="progress">
        <p class="progress__text">
          Step {position + 1} of {pages.length}
        </p>
        <ol class="progress__steps" aria-hidden="true">
          {pages.map((p, i) => (
            <li key={p} class={i < position ? 'is-done' : i === position ? 'is-current' : ''} />
          ))}
        </ol>
      </div>
      <h1 id="step-heading" tabIndex={-1} ref={headingRef}>
        {PAGES[page]?.title}
      </h1>

      {errorList.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>Please check this</h2>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a href={`#${FIELD_IDS[field] ?? field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        class="wizard__form"
        novalidate
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        {PAGES[page]?.lead && <p class="lead">{PAGES[page]?.lead}</p>}
        {shown.map((q) => (
          <div class="flow-question" key={q.id} data-question={q.id}>
            {q.parts.length > 1 && <h2 class="question" id={q.id}>{q.label}</h2>}
            {q.parts.map((part) => (
              <PartInput key={part.field + part.label} q={q} part={part} a={a} update={update} errors={errors} />
            ))}
          </div>
        ))}

        <div class="wizard__nav">
          {position > 0 && (
            <button type="button" class="button button--secondary" onClick={() => go(pages[position - 1] ?? 0)}>
              Back
            </button>
          )}
          <button type="submit" class="button button--primary">
            {last && page === PREFERENCES ? 'See my results' : 'Next'}
          </button>
        </div>
        <p class="hint wizard__saved">{PRIVACY_DEVICE}</p>
      </form>
    </section>
  );
}
