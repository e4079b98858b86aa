import type { SafetyNetItem } from '../../core/assessment.js';
import { useConfig } from '../config.js';
import { actionText } from '../core.js';

/**
 * The core's "get help if" lines, in its order, each with what to do in this instance's region's words.
 * `foldSigns` keeps each line and its action in sight and puts its list of signs behind a tap, so a
 * long net does not push the rest of the page off a phone screen.
 */
export function SafetyNetList(props: { items: readonly SafetyNetItem[]; compact?: boolean; foldSigns?: boolean }) {
  const { region } = useConfig();
  if (props.compact) {
    // One line per item, for the printed summary: the same words, the signs run together.
    return (
      <ul class="safety-net safety-net--compact">
        {props.items.map((item) => (
          <li key={item.id} data-level={item.level}>
            <span class="safety-net__lead-inline">{item.text}</span> {item.signs?.join('; ')}
            {item.signs?.length ? '. ' : ' '}
            {item.action && <strong>{actionText(item.action, region)}</strong>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul class="safety-net">
      {props.items.map((item) => (
        <li key={item.id} data-level={item.level}>
          <span class="safety-net__lead">{item.text}</span>
          {item.signs && item.signs.length > 0 && (props.foldSigns ? (
            <details class="safety-net__fold">
              <summary>The {item.signs.length} signs</summary>
              <Signs signs={item.signs} />
            </details>
          ) : (
            <Signs signs={item.signs} />
          ))}
          {item.action && <span class="safety-net__when">{actionText(item.action, region)}</span>}
        </li>
      ))}
    </ul>
  );
}

function Signs(props: { signs: readonly string[] }) {
  return (
    <ul class="safety-net__signs">
      {props.signs.map((sign) => (
        <li key={sign}>{sign}</li>
      ))}
    </ul>
  );
}
