import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, toErrorBody, type ErrorBody, type ErrorCode, type FieldIssue } from '../core/index.js';
import { SECURITY_HEADERS, securityHeadersFor } from './security.js';

/**
 * Throw this from any route (yours or a feature plugin's) to answer with a code from the shared
 * vocabulary; the error handler turns it into `{ error: { code, message, issues? } }`.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }

  get statusCode(): number {
    return ERROR_STATUS[this.code];
  }
}

// Fastify's own client-error codes, worded for a person reading the response.
const FASTIFY_CODES: Record<string, { code: ErrorCode; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_request', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_request', message: 'The request body is empty; send a JSON document.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'invalid_request', message: 'The Content-Length header does not match the body.' },
};

// A bare 4xx status from a plugin maps to the general code for that status (not the specific
// invalid_intake or csrf_failed). Statuses outside the vocabulary still stay 4xx: see classifyError.
const CODE_BY_STATUS = new Map<number, ErrorCode>(
  (Object.entries(ERROR_STATUS) as [ErrorCode, number][])
    .filter(([code]) => code !== 'invalid_intake' && code !== 'csrf_failed')
    .map(([code, status]) => [status, code] as const),
);

export interface ClassifiedError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

const INTERNAL_MESSAGE = 'Something went wrong on our side. It has been logged; please try again.';

/** Puts any thrown value into the vocabulary. Only client mistakes get their own message through. */
export function classifyError(error: unknown): ClassifiedError {
  if (error instanceof ApiError) return { code: error.code, message: error.message, ...(error.issues && { issues: error.issues }) };
  const fastifyError = error as Partial<FastifyError> | null | undefined;
  const known = fastifyError?.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return { code: known.code, message: known.message ?? fastifyError?.message ?? known.code };

  const status = fastifyError?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // A JSON syntax error from the body parser carries status 400 but no FST_ code.
    if (error instanceof SyntaxError) return { code: 'invalid_request', message: 'The request body is not valid JSON.' };
    const code = CODE_BY_STATUS.get(status) ?? 'invalid_request';
    return { code, message: fastifyError?.message || code };
  }
  if (status === 503) return { code: 'unavailable', message: 'The server is busy or shutting down; please try again shortly.' };
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, issues?: FieldIssue[]): FastifyReply {
  const body: ErrorBody = toErrorBody(code, message, issues);
  return reply.code(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/**
 * The one error handler. Set on the root instance, so every route and feature plugin inherits it;
 * plugins should throw `ApiError` rather than set their own handler.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const classified = classifyError(error);
    if (ERROR_STATUS[classified.code] >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info({ code: classified.code }, classified.message);
    }
    return sendError(reply, classified.code, classified.message, classified.issues);
  });
}

/**
 * Fastify's router answers a badly encoded URL (`/%c0%ae`) or an over-long path parameter itself,
 * before any hook runs: without this, those answers had neither our error shape nor the security headers.
 * (Fastify hands this handler a request without its trust-proxy logic, so HSTS follows the socket here.)
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(securityHeadersFor({ protocol: (request.raw.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http' }));
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of this address is too long.' : 'This address is not correctly encoded.';
  request.log.info({ code: error.code }, message);
  void sendError(reply, 'invalid_request', message);
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (malformed request line, headers too
 * large, timeouts): answered on the raw socket, in our vocabulary and with the security headers.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'invalid_request', 'The request headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'invalid_request', 'The request took too long to arrive.']
        : [400, 'Bad Request', 'invalid_request', 'The request could not be read.'];
  const body = JSON.stringify(toErrorBody(code as ErrorCode, message));
  const headers = { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
