import type { FastifyServerOptions } from 'fastify';

/**
 * Secrets out of the logs. A share link's token is the whole of its protection, and a reset or sign-in
 * link may carry one in its query: whoever reads the logs (an operator, a log service, a backup of
 * them) must not be able to open someone's health summary. The redaction works on any logged URL, so
 * it holds whatever log lines the server writes (pino serializers for `req`, `url` and `path`).
 */

export const REDACTED = '[redacted]';

// The segment after these prefixes is a secret token (any case, with or without more segments).
const SECRET_PATH = /^(\/(?:api\/shared|share|reset|api\/auth\/reset)\/)[^/?#]+/i;
// Query parameters whose value is a secret, whatever the route (e.g. ?token=, ?reset_token=, ?code=).
const SECRET_PARAM = /token|secret|password|passwd|code|key|sig|session|csrf|auth/i;

/** The URL (path and query, as Fastify's `request.url`) with secret path segments and query values replaced. */
export function redactUrl(url: string): string {
  if (typeof url !== 'string') return url;
  const queryStart = url.search(/[?#]/);
  const path = queryStart < 0 ? url : url.slice(0, queryStart);
  const rest = queryStart < 0 ? '' : url.slice(queryStart);
  let decodedPath = path;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    // Badly encoded (e.g. /%c0%ae): match on the raw path.
  }
  const redactedPath = SECRET_PATH.test(decodedPath) ? decodedPath.replace(SECRET_PATH, `$1${REDACTED}`) : path;
  return redactedPath + redactQuery(rest);
}

function redactQuery(rest: string): string {
  if (!rest.startsWith('?')) return rest ? '#' + REDACTED : '';
  const hashAt = rest.indexOf('#');
  const query = hashAt < 0 ? rest.slice(1) : rest.slice(1, hashAt);
  const pairs = query.split(/([&;])/).map((part) => {
    if (part === '&' || part === ';') return part;
    const eq = part.indexOf('=');
    if (eq < 0) return part;
    let name = part.slice(0, eq);
    try {
      name = decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      // keep the raw name
    }
    return SECRET_PARAM.test(name) ? `${part.slice(0, eq)}=${REDACTED}` : part;
  });
  return `?${pairs.join('')}${hashAt < 0 ? '' : '#' + REDACTED}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's own `req` serializer, with the URL redacted. */
export function redactedRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    version: request.headers?.['accept-version'] as string | undefined,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

export const REDACTING_SERIALIZERS = {
  req: redactedRequest,
  url: (value: unknown) => (typeof value === 'string' ? redactUrl(value) : value),
  path: (value: unknown) => (typeof value === 'string' ? redactUrl(value) : value),
};

/** Adds the redacting serializers to Fastify logger options (`true` means pino with defaults). */
export function withLogRedaction(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false || logger === undefined) return logger;
  const options = logger === true ? {} : logger;
  // Ours last: a serializer added elsewhere for `req` must not bring the clear URL back.
  return { ...options, serializers: { ...options.serializers, ...REDACTING_SERIALIZERS } };
}
