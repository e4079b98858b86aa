/**
 * The knowledge base is shared by every assessment (answers reuse its lists), so it is frozen at
 * load. This type says so to the compiler too: changing a frozen object is a type error here rather
 * than a TypeError at run time (decision 0085).
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Item)[]
    ? readonly DeepReadonly<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;

/** Freezes `value` and everything inside it, and types it so. */
export function freezeDeep<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}
