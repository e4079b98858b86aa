import type { FastifyRequest } from 'fastify';
import { formatPath, NUL_MESSAGE, type FieldIssue } from '../core/index.js';
import { ApiError } from './errors.js';

/**
 * A second line behind the schemas' `text()` primitive: a NUL character anywhere in a JSON body, the
 * query or the path parameters is refused with 400 before any route runs, naming each field. Routes
 * whose schemas a feature owns (and may rewrite) stay safe on PostgreSQL, which cannot store NUL.
 */
export function findNulBytes(value: unknown, path: (string | number)[] = [], found: FieldIssue[] = []): FieldIssue[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push({ path: formatPath(path), message: NUL_MESSAGE });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => findNulBytes(item, [...path, index], found));
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) found.push({ path: formatPath([...path, key]), message: 'is not a known field' });
      else findNulBytes(item, [...path, key], found);
    }
  }
  return found;
}

/**
 * Whether a NUL character is anywhere in the value, its keys included. Allocates nothing: every API
 * request passes through here, and the path-naming walk above runs only when one is found.
 */
export function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) {
    for (const item of value) if (holdsNul(item)) return true;
    return false;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key.includes('\u0000') || holdsNul((value as Record<string, unknown>)[key])) return true;
    }
  }
  return false;
}

/** preValidation hook for the API scope. */
export async function rejectNulBytes(request: FastifyRequest): Promise<void> {
  if (!holdsNul(request.params) && !holdsNul(request.query) && !holdsNul(request.body)) return;
  const issues = [
    ...findNulBytes(request.params),
    ...findNulBytes(request.query),
    ...findNulBytes(request.body),
  ];
  if (issues.length > 0) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    throw new ApiError('invalid_request', `The request has ${count}.`, issues);
  }
}
