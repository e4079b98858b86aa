import type { FieldIssue } from './validation.js';

/**
 * One error vocabulary for every boundary. The CLI prints these bodies, the API answers with them
 * (status from ERROR_STATUS), and the web app shows their messages (it reads the body's code, not this table).
 */
export const ERROR_STATUS = {
  invalid_intake: 400,
  invalid_request: 400,
  unauthorized: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues?: FieldIssue[] };
}

export function toErrorBody(code: ErrorCode, message: string, issues?: FieldIssue[]): ErrorBody {
  return { error: issues ? { code, message, issues } : { code, message } };
}

export function invalidIntake(issues: FieldIssue[]): ErrorBody {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return toErrorBody('invalid_intake', `The intake has ${count}.`, issues);
}
