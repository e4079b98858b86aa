import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Answers, saveAnswers, saveStep, toDraft } from '../answers.js';
import { nextStep } from '../core.js';
import { navigate } from '../router.js';
import { checkStep, type Errors } from '../wizard/check-step.js';
import { cameFrom, pushStep, showStepInAddress, stepInAddress, useStepPopstate } from '../wizard/step-history.js';
import { StepForm } from '../wizard/StepForm.js';
import { questionsOn, shownStep, stepOfQuestion, visibleSteps } from '../wizard/steps.js';
import { answersBeforeStop, keepBeforeStop } from '../wizard/undo-stop.js';
import { EmergencyStop } from '../components/EmergencyStop.js';

/**
 * The intake wizard: the core flow's questions a few to a step (wizard/steps.ts), one history entry per
 * step (wizard/step-history.ts), and an emergency answer replaces the wizard with the stop page at once.
 */
export function Wizard(props: { answers: Answers; setAnswers: (a: Answers) => void; step: number; setStep: (n: number) => void }) {
  const { answers: a } = props;
  const [linked] = useState(stepInAddress);
  const [wanted, setWanted] = useState(() => linked ?? props.step);
  const [errors, setErrors] = useState<Errors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // A step named in the address (a link, or Back from the results) gets the focus at once.
  const first = useRef(linked === undefined);

  const flow = useMemo(() => nextStep(toDraft(a)), [a]);
  const stopped = flow.stage === 'stopped';
  const visible = visibleSteps(flow);
  // A saved step that no longer applies (answers changed, or an older wizard's numbering): the nearest one that does.
  const step = shownStep(wanted, visible);

  const show = (to: number) => {
    setWanted(to);
    props.setStep(to);
    saveStep(to);
    setErrors({});
    window.scrollTo(0, 0);
  };
  useStepPopstate(show);

  useEffect(() => {
    if (stopped) return;
    // The address already names another step that applies: a Back or Forward came in after this render
    // (two quick Backs), and its popstate shows that step next. Rewriting the address here would undo it.
    const inAddress = stepInAddress();
    if (inAddress !== undefined && shownStep(inAddress, visible) !== step) return;
    showStepInAddress(step);
  }, [step, stopped]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step, stopped]);

  const save = (next: Answers) => {
    props.setAnswers(next);
    saveAnswers(next);
  };
  const update = (patch: Partial<Answers>) => {
    const next = { ...a, ...patch };
    if (!stopped && nextStep(toDraft(next)).stage === 'stopped') keepBeforeStop(a);
    save(next);
  };

  // Back on the step where the sign was ticked, with it unticked.
  if (stopped && flow.result) return <EmergencyStop result={flow.result} onUndo={() => save(answersBeforeStop(a))} />;

  const go = (to: number) => {
    pushStep(step, to);
    show(to);
  };
  const shown = questionsOn(step, flow);

  const back = () => {
    const previous = visible[visible.indexOf(step) - 1] ?? 0;
    // Came here with Next from that step: going back is a step back in history, so Forward works too.
    if (cameFrom(previous)) history.back();
    else go(previous);
  };

  const next = () => {
    const found = checkStep(shown, a);
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
    const following = visibleSteps(after).find((s) => s > step);
    const firstPending = after.pending[0] ? stepOfQuestion(after.pending[0].id) : -1;
    // Go on step by step; a question left open on an earlier step (after going back) comes first.
    if (firstPending >= 0 && firstPending < step) return go(firstPending);
    if (following !== undefined) return go(following);
    if (firstPending >= 0) return go(firstPending);
    navigate('/results');
  };

  return (
    <StepForm
      step={step} visible={visible} questions={shown} answers={a} update={update} errors={errors}
      headingRef={headingRef} summaryRef={summaryRef} onBack={back} onNext={next}
    />
  );
}
