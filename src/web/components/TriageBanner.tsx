import type { Action, TriageLevel } from '../../core/assessment.js';
import { actionText, phoneCallsFor, TRIAGE_GUIDANCE, triageAction } from '../core.js';
import { useConfig } from '../config.js';
import { Icon, type IconName } from './Icon.js';

const ICONS: Record<TriageLevel, IconName> = { emergency: 'alert', urgent: 'urgent', 'see-doctor-first': 'doctor', 'self-care': 'ok' };
const WORDS: Record<TriageLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent: get seen today',
  'see-doctor-first': 'See a doctor first',
  'self-care': 'OK to try gentle self-care',
};

/** What to do, in this instance's region's words: the core's action when it gives one, else the level's advice. */
export function useActionText(level: TriageLevel, action: Action | undefined): string {
  const { region } = useConfig();
  return action ? actionText(action, region) : triageAction(level, region.emergencyNumber);
}

/** One-tap calls for an action: a phone dials at once; elsewhere the number is still in plain sight. */
export function CallLinks(props: { action: Action | undefined }) {
  const { region } = useConfig();
  const calls = props.action ? phoneCallsFor(props.action, region) : [];
  if (calls.length === 0) return null;
  return (
    <p class="calls">
      {calls.map((call, i) => (
        <a key={call.number + call.label} class={`button button--call${i > 0 ? ' button--call-second' : ''}`} href={`tel:${call.number}`} data-testid="call-link">
          <Icon name="phone" /> {call.label}
        </a>
      ))}
    </p>
  );
}

/**
 * The triage level as colour, icon and words together (never colour alone), and what to do: the action
 * comes first and, for an emergency or urgent result, with a button that calls the number.
 */
export function TriageBanner(props: { level: TriageLevel; action?: Action | undefined; headingId?: string; title?: string }) {
  const guidance = TRIAGE_GUIDANCE[props.level];
  const text = useActionText(props.level, props.action);
  return (
    <div class={`banner banner--${props.level}`} data-triage={props.level} data-action={props.action}>
      <Icon name={ICONS[props.level]} />
      <div>
        <p class="banner__level">{WORDS[props.level]}</p>
        <h1 id={props.headingId} tabIndex={-1}>{props.title ?? guidance.title}</h1>
        <p class="banner__action" data-testid="action">{text}</p>
        <CallLinks action={props.action} />
      </div>
    </div>
  );
}
