import type { BodyArea } from '../../core/intake.js';

// A clickable body outline, back and front. Every region is a real toggle (role=button, aria-pressed,
// Enter/Space), and the list under the map offers the same toggles as large, labelled buttons.

interface Region {
  area: BodyArea;
  d: string;
}

// Shapes on a 200 x 420 grid, figure centred on x = 100.
const HEAD = 'M100 8 C118 8 128 22 128 40 C128 60 116 72 100 72 C84 72 72 60 72 40 C72 22 82 8 100 8 Z';
const NECK = 'M88 70 L112 70 L114 94 L86 94 Z';
const UPPER_BACK = 'M86 94 L114 94 L150 102 L158 116 L154 150 L46 150 L42 116 L50 102 Z';
const MID_BACK = 'M46 150 L154 150 L150 198 L50 198 Z';
const LOWER_BACK = 'M50 198 L150 198 L150 240 L50 240 Z';
const BUTTOCK = 'M52 240 L148 240 L150 268 C150 290 128 298 100 292 C72 298 50 290 50 268 Z';
const HIP_BACK = 'M36 232 L50 238 L50 282 L38 286 C32 266 32 248 36 232 Z M164 232 L150 238 L150 282 L162 286 C168 266 168 248 164 232 Z';
const LEG = 'M54 292 C70 300 90 298 98 294 L96 410 L64 410 Z M146 292 C130 300 110 298 102 294 L104 410 L136 410 Z';
// Front view: the belly, and the sides between the ribs and the hips, can hurt with problems that feel like back
// pain (kidney, aorta, pregnancy), so the safety screen asks about them.
const ABDOMEN = 'M58 160 L142 160 L146 232 L100 248 L54 232 Z';
const FLANK = 'M44 150 L58 160 L54 232 L40 226 Z M156 150 L142 160 L146 232 L160 226 Z';
const HIP_FRONT = 'M50 236 L100 252 L100 290 C80 292 60 290 52 282 Z M150 236 L100 252 L100 290 C120 292 140 290 148 282 Z';

const ARMS = 'M42 116 L30 122 L18 250 L30 254 L46 150 Z M158 116 L170 122 L182 250 L170 254 L154 150 Z';
const TRUNK_FRONT = 'M86 94 L114 94 L150 102 L158 116 L150 236 L100 252 L50 236 L42 116 L50 102 Z';

const BACK: Region[] = [
  { area: 'head', d: HEAD },
  { area: 'neck', d: NECK },
  { area: 'upper-back', d: UPPER_BACK },
  { area: 'mid-back', d: MID_BACK },
  { area: 'lower-back', d: LOWER_BACK },
  { area: 'hip', d: HIP_BACK },
  { area: 'buttock', d: BUTTOCK },
  { area: 'leg', d: LEG },
];
const FRONT: Region[] = [
  { area: 'head', d: HEAD },
  { area: 'neck', d: NECK },
  { area: 'abdomen', d: ABDOMEN },
  { area: 'flank', d: FLANK },
  { area: 'hip', d: HIP_FRONT },
  { area: 'leg', d: LEG },
];

export const AREA_ORDER: BodyArea[] = ['head', 'neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'abdomen', 'flank'];

function View(props: {
  title: string;
  regions: Region[];
  decor: string[];
  selected: readonly BodyArea[];
  toggle: (a: BodyArea) => void;
  label: (a: BodyArea) => string;
  spine?: boolean;
}) {
  return (
    <figure class="bodymap__view">
      <svg viewBox="0 0 200 420" role="group" aria-label={props.title} class="bodymap__svg">
        {props.decor.map((d) => (
          <path d={d} class="bodymap__decor" key={d} aria-hidden="true" />
        ))}
        {props.regions.map((r) => {
          const on = props.selected.includes(r.area);
          return (
            <path
              key={r.area}
              d={r.d}
              class={`bodymap__region${on ? ' is-on' : ''}`}
              role="button"
              tabindex={0}
              aria-pressed={on ? 'true' : 'false'}
              aria-label={`${props.label(r.area)} (${props.title.toLowerCase()})`}
              data-area={r.area}
              onClick={() => props.toggle(r.area)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  props.toggle(r.area);
                }
              }}
            >
              <title>{props.label(r.area)}</title>
            </path>
          );
        })}
        {props.spine && <path d="M100 96 L100 244" class="bodymap__spine" aria-hidden="true" />}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

export function BodyMap(props: {
  value: readonly BodyArea[];
  onChange: (next: BodyArea[]) => void;
  label: (a: BodyArea) => string;
}) {
  const toggle = (a: BodyArea) => {
    const on = props.value.includes(a);
    props.onChange(on ? props.value.filter((x) => x !== a) : AREA_ORDER.filter((x) => x === a || props.value.includes(x)));
  };
  const chosen = AREA_ORDER.filter((a) => props.value.includes(a));
  return (
    <div class="bodymap">
      <div class="bodymap__views">
        <View title="Back view" regions={BACK} decor={[ARMS]} selected={props.value} toggle={toggle} label={props.label} spine />
        <View title="Front view" regions={FRONT} decor={[ARMS, TRUNK_FRONT]} selected={props.value} toggle={toggle} label={props.label} />
      </div>
      <ul class="bodymap__list" aria-label="Body areas">
        {AREA_ORDER.map((a) => {
          const on = props.value.includes(a);
          return (
            <li key={a}>
              <button type="button" class={`toggle${on ? ' is-on' : ''}`} aria-pressed={on ? 'true' : 'false'} onClick={() => toggle(a)}>
                <span class="toggle__mark" aria-hidden="true">{on ? '✓' : '+'}</span>
                {props.label(a)}
              </button>
            </li>
          );
        })}
      </ul>
      <p class="bodymap__chosen" aria-live="polite">
        {chosen.length === 0 ? 'No areas chosen yet.' : `You chose: ${chosen.map(props.label).join(', ')}.`}
      </p>
    </div>
  );
}
