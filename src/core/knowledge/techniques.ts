import type { SourceId, TechniqueId } from '../assessment.js';
import type { BodyArea, Equipment, Pressure } from '../intake.js';
import { freezeDeep, type DeepReadonly } from '../deep-readonly.js';

export type HowToStep = DeepReadonly<HowToStepFields>;
export type Technique = DeepReadonly<TechniqueFields>;

interface HowToStepFields {
  title: string;
  instructions: string;
  seconds: number;
}

interface TechniqueFields {
  id: TechniqueId;
  name: string;
  setting: 'professional' | 'home';
  /** The pressure the technique usually needs; used to respect a person's limit. */
  pressure: Pressure;
  summary: string;
  /** Hedged: these are likely ways it helps, not proven facts. */
  howItMayHelp: string;
  whenToUse: string[];
  cautions: string[];
  /** Body areas the technique can safely reach. */
  areas: BodyArea[];
  equipment?: Equipment;
  /** How to do it at home, one timed step each (home techniques only). */
  steps: HowToStepFields[];
  sources: SourceId[];
}

const SPINE = 'Keep off the bony middle line of your back (the spine). Work the muscles beside it.';

export const TECHNIQUES: Readonly<Record<TechniqueId, Technique>> = freezeDeep<Record<TechniqueId, TechniqueFields>>({
  swedish: {
    id: 'swedish',
    name: 'Swedish massage',
    setting: 'professional',
    pressure: 'light',
    summary: 'A therapist uses long, smooth strokes, gentle kneading and small circles on the outer layers of muscle.',
    howItMayHelp:
      'It helps many people relax, and relaxed muscles often hurt less. It may also help blood flow, though that is not proven. In a large study it helped about as much as firmer massage.',
    whenToUse: [
      'Mild pain or tight muscles from stress',
      'General stiffness in the back',
      'After a long, tiring day',
      'To relax and to help keep pain away',
    ],
    cautions: ['Tell the therapist if any stroke hurts, or if you want lighter or firmer pressure.'],
    areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'],
    steps: [],
    sources: ['A', 'CHERKIN11'],
  },
  'deep-tissue': {
    id: 'deep-tissue',
    name: 'Deep tissue massage',
    setting: 'professional',
    pressure: 'firm',
    summary: 'A therapist uses slow, firm pressure to reach the deeper layers of muscle and the tissue around it.',
    howItMayHelp:
      'It works on tight bands of muscle ("knots") that can make moving hard and painful. Firmer is not always better: gentle massage helps many people just as much.',
    whenToUse: [
      'Back pain that has lasted a long time',
      'After a sports injury, once the first few days have passed',
      'Stiffness in the lower or upper back',
    ],
    cautions: [
      'It can feel strong, but it should never be more than you can bear. Tell the therapist straight away.',
      'You may feel sore for a day or two afterwards.',
    ],
    areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg'],
    steps: [],
    sources: ['A', 'CHERKIN11'],
  },
  'trigger-point': {
    id: 'trigger-point',
    name: 'Trigger point therapy',
    setting: 'professional',
    pressure: 'firm',
    summary: 'A therapist presses and holds small tender spots in a muscle that seem to send pain to other places.',
    howItMayHelp:
      'Holding pressure on a tender spot can help the muscle let go, and the pain may ease. Experts still argue about how trigger points work.',
    whenToUse: [
      'Sharp pain in one spot',
      'Tension headaches that come with a tight back or neck',
      'Pain that seems to spread out from one point',
    ],
    cautions: ['The pressure should feel "good sore", never sharp. Ask the therapist to ease off if it does.'],
    areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'],
    steps: [],
    sources: ['A', 'TS'],
  },
  shiatsu: {
    id: 'shiatsu',
    name: 'Shiatsu',
    setting: 'professional',
    pressure: 'medium',
    summary: 'A Japanese style where the therapist presses with fingers, thumbs and palms in a steady rhythm along lines of the body.',
    howItMayHelp:
      'The steady pressure can ease stiff muscles and help you relax. The ideas about energy lines behind it have not been shown by science.',
    whenToUse: [
      'Back tension that keeps coming back',
      'If you like steady, rhythmic pressure',
      'When you want to relax and ease pain at the same time',
    ],
    cautions: ['It uses real pressure: ask for lighter pressure if it hurts.'],
    areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'],
    steps: [],
    sources: ['A'],
  },
  'hot-stone': {
    id: 'hot-stone',
    name: 'Hot stone massage',
    setting: 'professional',
    pressure: 'light',
    summary: 'Smooth, warm stones are laid on the back, and the therapist may also use them to massage the muscles.',
    howItMayHelp:
      'Warmth helps tight muscles relax, so the therapist can work on tension more easily. Heat on its own is one of the better-supported home treatments for new back pain.',
    whenToUse: [
      'Tight, tense muscles after a stressful week',
      'Stiff muscles in cold weather',
      'When you want a calm, soothing massage that also eases pain',
    ],
    cautions: ['Say at once if a stone feels too hot. Older people often need cooler stones.'],
    areas: ['neck', 'upper-back', 'mid-back', 'lower-back', 'buttock', 'hip', 'leg'],
    steps: [],
    sources: ['A', 'ACP17', 'PRACTICE'],
  },
  'foam-roller': {
    id: 'foam-roller',
    name: 'Foam roller',
    setting: 'home',
    pressure: 'medium',
    summary: 'You lie on a firm foam tube and roll slowly back and forth so your body weight presses on tight muscles.',
    howItMayHelp: 'Slow rolling can loosen tight muscles and help you move more easily.',
    whenToUse: ['Tight muscles in the upper or middle back, buttocks or legs', 'After exercise', 'To move more freely'],
    cautions: [
      'Never roll on your lower back: the spine there has no ribs to protect it. Use a tennis ball beside the spine instead.',
      'Move slowly and keep your feet on the floor so you are in control.',
    ],
    areas: ['upper-back', 'mid-back', 'buttock', 'hip', 'leg'],
    equipment: 'foam-roller',
    steps: [
      {
        title: 'Get into position',
        instructions:
          'Sit on the floor with the roller behind you. Lie back so it sits across your upper back, below your shoulder blades. Cross your arms over your chest and keep your feet flat.',
        seconds: 30,
      },
      {
        title: 'Roll slowly',
        instructions:
          'Lift your hips a little and push with your feet to roll slowly up and down, a few centimetres at a time. Breathe out as you roll.',
        seconds: 90,
      },
      {
        title: 'Pause on tight spots',
        instructions: 'When you find a tight spot, stop and rest on it while you take three slow breaths. Then roll on.',
        seconds: 60,
      },
    ],
    sources: ['A', 'PRACTICE'],
  },
  'tennis-ball': {
    id: 'tennis-ball',
    name: 'Tennis ball against a wall',
    setting: 'home',
    pressure: 'medium',
    summary: 'You put a tennis ball between your back and a wall, then lean in and roll over tight spots.',
    howItMayHelp: 'The ball reaches small tight spots that are hard to reach with your hands, and you control how hard it presses.',
    whenToUse: ['Small tight or tender spots', 'Muscles beside the spine, across the shoulders or in the buttocks'],
    cautions: [SPINE, 'Lean in gently at first. Step away from the wall to press less.'],
    areas: ['upper-back', 'mid-back', 'lower-back', 'buttock', 'hip'],
    equipment: 'tennis-ball',
    steps: [
      {
        title: 'Place the ball',
        instructions:
          'Stand with your back to a wall. Put the ball between the wall and the sore muscle, to one side of your spine.',
        seconds: 20,
      },
      {
        title: 'Lean and roll',
        instructions: 'Lean back gently and bend your knees a little to roll the ball up and down over the muscle.',
        seconds: 90,
      },
      {
        title: 'Hold a tight spot',
        instructions: 'When you find a tight spot, lean in and hold still for about 30 seconds while you breathe slowly. Then try the other side.',
        seconds: 60,
      },
    ],
    sources: ['A'],
  },
  'hand-massage': {
    id: 'hand-massage',
    name: 'Self-massage with your hands',
    setting: 'home',
    pressure: 'light',
    summary: 'You use your palms and thumbs to press and knead sore muscles you can reach.',
    howItMayHelp: 'Gentle pressure and kneading can ease sore muscles and help you relax.',
    whenToUse: ['Sore muscles you can reach: neck, shoulders, lower back, buttocks, hips and legs', 'When you have no equipment'],
    cautions: ['Be gentle: press, do not poke.', SPINE],
    areas: ['neck', 'upper-back', 'lower-back', 'buttock', 'hip', 'leg', 'head'],
    steps: [
      {
        title: 'Warm the muscle',
        instructions: 'Rub the area with flat palms in slow circles to warm it.',
        seconds: 45,
      },
      {
        title: 'Press and knead',
        instructions: 'Press gently with your thumbs or fingertips and knead the muscle like soft dough. Move a little each time.',
        seconds: 90,
      },
      {
        title: 'Long strokes',
        instructions: 'Finish with long, slow strokes along the muscle with your palm.',
        seconds: 45,
      },
    ],
    sources: ['A'],
  },
});

export const TECHNIQUE_LIST: readonly Technique[] = Object.values(TECHNIQUES);
