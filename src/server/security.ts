import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The Content-Security-Policy every response carries. Nothing inline and nothing from elsewhere: the
 * web app ships its scripts and styles as files (Vite is configured not to inline), so an injected
 * <script> or style attribute cannot run. `data:` images only, for small icons.
 * No `upgrade-insecure-requests`: a self-hosted instance is often reached over plain http on a LAN,
 * where that directive would break every asset.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

// Everything off but the screen wake lock, which the guided session holds for this origin so the
// screen stays on while a person follows the steps (decision 0068).
const PERMISSIONS_POLICY = [
  ...[
    'accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer',
    'microphone', 'midi', 'payment', 'publickey-credentials-get', 'serial', 'usb', 'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`),
  'screen-wake-lock=(self)',
].join(', ');

/**
 * Sent only on answers to https requests (as Fastify sees them: with TRUST_PROXY, a proxy's
 * X-Forwarded-Proto counts). Over plain http browsers ignore it, and a LAN instance reached by http
 * must not tell a browser to insist on https later.
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers helmet sets by default, with our CSP, written out once. We do not register
 * @fastify/helmet: it rebuilds the helmet middleware on every request, which cost about a third of
 * the API's throughput in bench/api.bench.js (see docs/decisions/0010-fastify-server.md).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  // The app uses no camera, microphone, location, payment or sensors: no page (or injected frame) may ask.
  'permissions-policy': PERMISSIONS_POLICY,
  'content-security-policy': Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; '),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  // Health answers must not leak to other sites through the referrer.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  // frame-ancestors 'none' says the same to current browsers; this is for older ones.
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  // The old XSS auditor did more harm than good; helmet and OWASP recommend switching it off.
  'x-xss-protection': '0',
});

/**
 * Pages and API answers behind a share token: a doctor's browser must not keep them, send the token
 * on as a referrer, or let a search engine list them.
 */
export const PRIVATE_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
});

const SHARE_PATH = /^\/(?:api\/shared|share)(?:\/|$)/i;

/** True for `/share/<token>` (the page) and `/api/shared/<token>` (its data). */
export function isSharePath(url: string): boolean {
  return SHARE_PATH.test(url);
}

/** Every security header for one request: the fixed set, plus HSTS over https. */
export function securityHeadersFor(request: Pick<FastifyRequest, 'protocol'>): Record<string, string> {
  return request.protocol === 'https' ? { ...SECURITY_HEADERS, 'strict-transport-security': HSTS } : { ...SECURITY_HEADERS };
}

/** Adds the security headers to every response, including errors, 404s and static files. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
  // onSend, after the route and the app-shell fallback set their own cache headers.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (isSharePath(request.url)) reply.headers(PRIVATE_PAGE_HEADERS);
    done(null, payload);
  });
}
