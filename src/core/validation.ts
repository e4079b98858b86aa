import type { z } from 'zod';

/** One problem with one field, in words a person can act on. `index` is set for items of a batch. */
export interface FieldIssue {
  index?: number;
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const typeNames: Record<string, string> = {
  object: 'an object', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false',
};

// Fallback wording for the issues a schema does not word itself (mostly wrong types).
const plainWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'is required';
    return `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value' && issue.input === undefined) return 'is required';
  return undefined;
};

/** Dotted path with list positions, e.g. `areas[2]`; the whole document is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Parses `input` with `schema`. The plain-words error map only changes the messages of a failing
 * parse, and passing it on every call costs about a quarter more time on the common, valid path, so
 * a valid input is parsed without it and only an invalid one is parsed again to word its issues.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const plain = schema.safeParse(input);
  if (plain.success) return { ok: true, value: plain.data };
  const result = schema.safeParse(input, { error: plainWords });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    // An unknown field gets an issue of its own at its own path, so a typo is named where it is.
    issues: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'is not a known field' }))
        : [{ path: formatPath(issue.path), message: issue.message }],
    ),
  };
}
