import { useEffect, useRef } from 'preact/hooks';
import type { Assessment } from '../../core/assessment.js';
import { CallLinks, useActionText } from './TriageBanner.js';
import { Icon } from './Icon.js';

/**
 * Shown the moment an answer is an emergency: what to do and a button that calls, before anything else;
 * then why. Nothing about massage or self-care: this is not the time.
 */
export function EmergencyStop(props: { result: Assessment; onUndo: () => void }) {
  const { result } = props;
  const action = useActionText(result.triage, result.action);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="stop" aria-labelledby="stop-heading" data-testid="emergency-stop">
      <div class="banner banner--emergency" data-triage="emergency" data-action={result.action}>
        <Icon name="alert" />
        <div>
          <h1 id="stop-heading" tabIndex={-1} ref={heading}>
            Stop. Get medical help now.
          </h1>
          <p class="banner__action" data-testid="action">{action}</p>
          <CallLinks action={result.action} />
        </div>
      </div>
      {result.reasons.length > 0 && (
        <>
          <h2>Why we say this</h2>
          <ul class="reasons">
            {result.reasons.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
        </>
      )}
      <p class="hint">backrub cannot tell what is wrong. Only a doctor or nurse can check you.</p>
      <button type="button" class="button button--secondary" onClick={props.onUndo}>
        I ticked this by mistake: go back
      </button>
    </section>
  );
}
