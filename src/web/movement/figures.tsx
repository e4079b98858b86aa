import type { MovementId } from '../../core/movement-vocabulary.js';

// Simple line drawings, one per movement: a figure in the movement's position and an arrow for the
// motion. Inline SVG styled only by classes (movement.css), so the strict CSP needs no inline styles.
// Each has a text alternative: role="img" with a <title>, or aria-hidden when the words sit beside it.

type Pose = { body: string; head: [number, number]; arrow?: string; prop?: string };

const FLOOR = 'M4 74 H116';
const POSES: Record<MovementId, Pose> = {
  'pelvic-tilt': { body: 'M28 64 L70 66 M70 66 L84 48 L100 70 M40 64 L52 58', head: [20, 62], arrow: 'M60 56 Q64 50 68 56' },
  'knee-rolls': { body: 'M28 64 L70 66 M70 66 L78 46 L98 68 M70 66 L90 46', head: [20, 62], arrow: 'M76 36 Q88 30 98 38' },
  'knee-to-chest': { body: 'M28 64 L70 66 M70 66 L58 44 L44 50 M70 66 L92 52 L108 68 M34 62 L50 48', head: [20, 62], arrow: 'M64 34 Q54 30 48 38' },
  'cat-cow': { body: 'M36 46 Q60 28 84 46 M36 46 L34 72 M84 46 L88 72 M84 46 L96 72', head: [28, 50], arrow: 'M50 24 Q60 16 70 24' },
  'bottom-to-heels': { body: 'M30 66 L58 44 Q76 40 86 56 L88 72 L70 72 M30 66 L14 70', head: [22, 62], arrow: 'M76 32 L94 40' },
  'glute-bridge': { body: 'M22 68 L44 56 L76 46 L88 72 M76 46 L96 72', head: [14, 66], arrow: 'M58 36 L58 22 M52 28 L58 22 L64 28' },
  'bird-dog': { body: 'M40 46 L84 46 M40 46 L40 72 M84 46 L88 72 M40 46 L12 40 M84 46 L112 40', head: [32, 40], arrow: 'M10 30 L4 30 M112 30 L118 30' },
  'standing-back-bend': { body: 'M60 22 Q64 40 60 54 L54 74 M60 54 L68 74 M60 30 L70 44 L62 50', head: [58, 14], arrow: 'M40 20 Q36 30 40 40' },
  'chin-tuck': { body: 'M60 26 L60 54 M60 54 L54 74 M60 54 L66 74 M60 32 L50 46 M60 32 L70 46', head: [62, 16], arrow: 'M82 16 L72 16 M76 12 L72 16 L76 20' },
  'shoulder-rolls': { body: 'M60 26 L60 54 M60 54 L54 74 M60 54 L66 74 M52 30 L68 30 M52 30 L48 52 M68 30 L72 52', head: [60, 16], arrow: 'M40 34 A8 8 0 1 1 44 24' },
  'doorway-chest-stretch': { body: 'M60 26 L56 54 M56 54 L48 74 M56 54 L70 74 M60 32 L40 32 L40 20 M60 32 L80 32 L80 20', head: [62, 16], prop: 'M36 6 V74 M84 6 V74', arrow: 'M58 62 L66 62' },
  'thoracic-extension': { body: 'M24 52 Q44 62 60 62 L80 64 L92 48 L104 70', head: [16, 48], prop: 'M44 66 m-6 0 a6 6 0 1 0 12 0 a6 6 0 1 0 -12 0', arrow: 'M22 34 Q16 40 20 46' },
  'seated-twist': { body: 'M56 22 L56 50 L80 50 L80 72 M44 50 L44 72 M48 30 L66 34', head: [56, 12], prop: 'M40 50 H84', arrow: 'M34 24 A14 6 0 0 0 78 24' },
  'short-walk': { body: 'M60 24 L58 50 L46 72 M58 50 L72 72 M60 30 L48 44 M60 30 L72 42', head: [60, 14], arrow: 'M84 44 L104 44 M98 38 L104 44 L98 50' },
};

export function MovementFigure(props: { id: MovementId; title?: string; class?: string }) {
  const pose = POSES[props.id];
  const labelled = props.title !== undefined;
  return (
    <svg
      viewBox="0 0 120 80"
      class={`movement-figure ${props.class ?? ''}`}
      {...(labelled ? { role: 'img', 'aria-labelledby': `fig-${props.id}` } : { 'aria-hidden': 'true' })}
      focusable="false"
    >
      {labelled && <title id={`fig-${props.id}`}>{props.title}</title>}
      <path d={FLOOR} class="movement-figure__floor" />
      {pose.prop && <path d={pose.prop} class="movement-figure__prop" />}
      <path d={pose.body} class="movement-figure__body" />
      <circle cx={pose.head[0]} cy={pose.head[1]} r="6" class="movement-figure__head" />
      {pose.arrow && <path d={pose.arrow} class="movement-figure__arrow" />}
    </svg>
  );
}
