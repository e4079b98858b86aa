import type { TriageLevel } from '../../core/assessment.js';
import { TRIAGE_GUIDANCE, triageAction } from '../core.js';
import { useConfig } from '../config.js';
import { Icon, type IconName } from './Icon.js';

const ICONS: Record<TriageLevel, IconName> = { emergency: 'alert', urgent: 'urgent', 'see-doctor-first': 'doctor', 'self-care': 'ok' };
const WORDS: Record<TriageLevel, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent: see a doctor today',
  'see-doctor-first': 'See a doctor first',
  'self-care': 'OK to try gentle self-care',
};

/** The triage level as colour, icon and words together: never colour alone. */
export function TriageBanner(props: { level: TriageLevel; headingId?: string }) {
  const { emergencyNumber } = useConfig();
  const guidance = TRIAGE_GUIDANCE[props.level];
  const action = triageAction(props.level, emergencyNumber);
  return (
    <div class={`banner banner--${props.level}`} data-triage={props.level}>
      <Icon name={ICONS[props.level]} />
      <div>
        <p class="banner__level">{WORDS[props.level]}</p>
        <h1 id={props.headingId} tabIndex={-1}>{guidance.title}</h1>
        <p class="banner__action">{action}</p>
      </div>
    </div>
  );
}
