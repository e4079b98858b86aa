// The movement library's ids. Kept free of zod (like vocabulary.ts) so the web app's first load can use
// them without pulling in the schema library.

export const MOVEMENT_IDS = [
  'pelvic-tilt', 'knee-rolls', 'knee-to-chest', 'cat-cow', 'bottom-to-heels', 'glute-bridge', 'bird-dog',
  'standing-back-bend', 'chin-tuck', 'shoulder-rolls', 'doorway-chest-stretch', 'thoracic-extension', 'seated-twist',
  'short-walk',
] as const;
export type MovementId = (typeof MOVEMENT_IDS)[number];

export const isMovementId = (id: string): id is MovementId => (MOVEMENT_IDS as readonly string[]).includes(id);
