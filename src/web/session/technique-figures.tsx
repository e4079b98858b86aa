import type { BodyArea } from '../../core/vocabulary.js';
import '../movement/movement.css';
import './session.css';

// Simple line drawings for the home techniques' steps: where the roller, the ball or the hands go and
// which way to move. Keyed by technique and step number (the order of the technique's `steps`), and
// placed by body area where the step depends on it. Like the movement figures (../movement/figures.tsx):
// inline SVG styled only by classes, so the strict CSP needs no inline styles, and each drawing has a
// text alternative in words. They load with the session and technique pages, never on first load.

export type FigureTechnique = 'foam-roller' | 'tennis-ball' | 'hand-massage';

interface Drawing {
  body: string;
  head: [number, number];
  /** The roller, the ball or the hand: what the step is about, drawn in the brand colour. */
  tool: { x: number; y: number; r: number };
  prop?: string;
  arrow?: string;
  /** The spine, drawn dashed where the step must keep off it. */
  spine?: string;
  alt: string;
}

const FLOOR = 'M4 74 H116';
const WORDS: Record<BodyArea, string> = {
  neck: 'neck', 'upper-back': 'upper back', 'mid-back': 'middle back', 'lower-back': 'lower back', buttock: 'buttock',
  hip: 'hip', leg: 'leg', head: 'head', abdomen: 'tummy', flank: 'side',
};
const pause = (x: number, y: number) => `M${x - 3} ${y} v10 M${x + 3} ${y} v10`;
const upDown = (x: number, top: number, bottom: number) =>
  `M${x} ${top} V${bottom} M${x - 4} ${top + 4} L${x} ${top} L${x + 4} ${top + 4} M${x - 4} ${bottom - 4} L${x} ${bottom} L${x + 4} ${bottom - 4}`;
const backForth = (y: number, left: number, right: number) =>
  `M${left} ${y} H${right} M${left + 4} ${y - 4} L${left} ${y} L${left + 4} ${y + 4} M${right - 4} ${y - 4} L${right} ${y} L${right - 4} ${y + 4}`;

// Foam roller, side view, lying on the floor: the roller under the area, the person rolls along it.
const ROLLER_X: Partial<Record<BodyArea, number>> = { 'upper-back': 30, 'mid-back': 42, buttock: 60, hip: 60 };
function roller(step: number, area: BodyArea): Drawing {
  if (step === 0) {
    return {
      body: 'M62 70 L42 46 M62 70 L80 54 L92 72 M44 52 L56 58 M48 50 L54 62',
      head: [38, 38],
      tool: { x: 34, y: 66, r: 7 },
      arrow: 'M28 28 Q18 40 24 54',
      alt: 'Drawing: sit with the roller behind you, arms crossed over your chest, then lie back onto it.',
    };
  }
  const x = ROLLER_X[area];
  const where = `the roller under your ${WORDS[area]}`;
  const motion = step === 1 ? 'roll slowly back and forth' : 'stop on a tight spot and breathe';
  if (x === undefined) {
    // Legs: sit propped on your hands, legs out straight over the roller.
    return {
      body: 'M40 58 L28 36 M30 42 L20 72 M40 58 H104',
      head: [26, 28],
      tool: { x: 70, y: 65, r: 7 },
      arrow: step === 1 ? backForth(46, 56, 88) : pause(70, 40),
      alt: `Drawing: ${where}, feet off the floor, hands behind you; ${motion}.`,
    };
  }
  return {
    body: `M20 58 H66 M66 58 L80 42 L92 72 M30 56 L40 46 L48 56`,
    head: [12, 56],
    tool: { x, y: 65, r: 7 },
    arrow: step === 1 ? backForth(36, x - 14, x + 14) : pause(x, 32),
    alt: `Drawing: lie on ${where}, knees bent and feet flat; ${motion}.`,
  };
}

// Tennis ball, side view, back to a wall: the ball between the wall and the area, beside the spine.
const BALL_Y: Partial<Record<BodyArea, number>> = { 'upper-back': 28, 'mid-back': 36, 'lower-back': 44, buttock: 52, hip: 54 };
function ball(step: number, area: BodyArea): Drawing {
  const y = BALL_Y[area] ?? 40;
  const where = `the ball between the wall and your ${WORDS[area]}, to one side of your spine`;
  const legs = step === 1 ? 'M32 50 L42 62 L34 74' : 'M32 50 L34 74';
  return {
    body: `M31 22 Q33 36 32 50 ${legs} M31 28 L46 38 L50 30`,
    head: [31, 14],
    tool: { x: 24, y, r: 4 },
    prop: 'M18 4 V74',
    arrow: step === 0 ? 'M62 20 Q44 14 30 22' : step === 1 ? upDown(58, y - 14, y + 14) : `M48 ${y} H30 M34 ${y - 4} L30 ${y} L34 ${y + 4} ${pause(56, y - 5)}`,
    alt:
      step === 0
        ? `Drawing: stand with your back to a wall and put ${where}.`
        : step === 1
          ? `Drawing: ${where}; bend your knees a little to roll it up and down.`
          : `Drawing: ${where}; lean in and hold still on a tight spot.`,
  };
}

// Hands, seen from behind: the hand on the muscle beside the spine, never on it.
const HAND_AT: Partial<Record<BodyArea, [number, number]>> = {
  head: [66, 12], neck: [65, 22], 'upper-back': [68, 31], 'mid-back': [68, 40], 'lower-back': [68, 51], buttock: [68, 62], hip: [75, 58], leg: [71, 68],
};
function hands(step: number, area: BodyArea): Drawing {
  const [x, y] = HAND_AT[area] ?? [68, 45];
  const where = `your hand on the ${WORDS[area]} muscle beside the spine, not on it`;
  return {
    body: 'M44 24 H76 L72 58 H48 Z M50 58 L48 74 M70 58 L72 74',
    head: [60, 14],
    spine: 'M60 24 V58',
    tool: { x, y, r: 5 },
    arrow:
      step === 0
        ? `M${x + 9} ${y} A9 9 0 1 1 ${x} ${y - 9} M${x - 4} ${y - 12} L${x} ${y - 9} L${x - 4} ${y - 5}`
        : step === 1
          ? `M${x + 16} ${y - 12} L${x + 7} ${y - 4} M${x + 7} ${y - 9} V${y - 4} H${x + 12}`
          : upDown(x + 14, y - 12, y + 12),
    alt:
      step === 0
        ? `Drawing: ${where}; rub in slow circles to warm it.`
        : step === 1
          ? `Drawing: ${where}; press gently and knead.`
          : `Drawing: ${where}; make long, slow strokes along the muscle.`,
  };
}

const DRAW: Record<FigureTechnique, (step: number, area: BodyArea) => Drawing> = { 'foam-roller': roller, 'tennis-ball': ball, 'hand-massage': hands };

/** Where a technique page draws each technique: the area most people use it on. */
export const SHOWN_AREA: Record<FigureTechnique, BodyArea> = { 'foam-roller': 'upper-back', 'tennis-ball': 'lower-back', 'hand-massage': 'lower-back' };

export const hasTechniqueFigure = (technique: string): technique is FigureTechnique => technique in DRAW;

/** One step of a home technique, drawn for one area. `id` tells apart several drawings on one page. */
export function TechniqueFigure(props: { technique: FigureTechnique; step: number; area: BodyArea; id: string }) {
  const d = DRAW[props.technique](props.step, props.area);
  const titleId = `fig-${props.id}`;
  return (
    <svg viewBox="0 0 120 80" class="movement-figure step-figure" role="img" aria-labelledby={titleId} focusable="false" data-testid="step-figure">
      <title id={titleId}>{d.alt}</title>
      <path d={FLOOR} class="movement-figure__floor" />
      {d.prop && <path d={d.prop} class="movement-figure__prop" />}
      <path d={d.body} class="movement-figure__body" />
      {d.spine && <path d={d.spine} class="step-figure__spine" />}
      <circle cx={d.head[0]} cy={d.head[1]} r="6" class="movement-figure__head" />
      <circle cx={d.tool.x} cy={d.tool.y} r={d.tool.r} class="step-figure__tool" />
      {d.arrow && <path d={d.arrow} class="movement-figure__arrow" />}
    </svg>
  );
}
