import { useEffect, useRef } from 'preact/hooks';
import { useConfig } from '../config.js';
import { Icon } from '../components/Icon.js';

/** Shown the moment an emergency sign is ticked: what to do, before anything else. */
export function EmergencyStop(props: { reasons: string[]; onUndo: () => void }) {
  const { emergencyNumber } = useConfig();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="stop" aria-labelledby="stop-heading" data-testid="emergency-stop">
      <div class="banner banner--emergency">
        <Icon name="alert" />
        <div>
          <h1 id="stop-heading" tabIndex={-1} ref={heading}>
            Stop. Get medical help now.
          </h1>
          <p class="stop__action">
            What you ticked can be a sign of a serious problem. Do not massage your back. Please{' '}
            <strong>call {emergencyNumber}</strong> now, or go to the nearest emergency department.
          </p>
        </div>
      </div>
      {props.reasons.length > 0 && (
        <>
          <h2>Why we say this</h2>
          <ul class="reasons">
            {props.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <h2>While you wait</h2>
      <ul>
        <li>Rest in the position that feels most comfortable.</li>
        <li>If things get worse while you wait, call again.</li>
        <li>If you can, ask someone to stay with you.</li>
      </ul>
      <p class="hint">backrub cannot tell what is wrong. Only a doctor or nurse can check you.</p>
      <button type="button" class="button button--secondary" onClick={props.onUndo}>
        I ticked this by mistake: go back
      </button>
    </section>
  );
}
