import { type Answers, isV1Save } from './answers-store.js';

/**
 * A save from the first wizard has no `answered`: only the engine (answers.ts) can tell which of its
 * questions were answered. App reads it again with the engine, and the pages that read the answers wait
 * for that reading (`afterV1Save`), so they never see the save without it.
 */
let v1Reading: Promise<Answers | null> | null = null;

export const readV1Save = (): Promise<Answers | null> =>
  (v1Reading ??= isV1Save()
    ? import('./answers.js').then(
        (m) => m.loadAnswers(),
        (error: unknown) => {
          v1Reading = null; // a later visit tries again
          throw error;
        },
      )
    : Promise.resolve(null));

export const afterV1Save = <T>(page: Promise<T>): Promise<T> => Promise.all([page, readV1Save()]).then(([p]) => p);
