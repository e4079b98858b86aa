import type { FastifyInstance } from 'fastify';

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

/**
 * The headers helmet sets by default, with our CSP, written out once. We do not register
 * @fastify/helmet: it rebuilds the helmet middleware on every request, which cost about a third of
 * the API's throughput in bench/api.bench.js (see docs/decisions/0010-fastify-server.md).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; '),
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  // Health answers must not leak to other sites through the referrer.
  'referrer-policy': 'no-referrer',
  // Ignored by browsers over plain http; protects instances served over https.
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  // frame-ancestors 'none' says the same to current browsers; this is for older ones.
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  // The old XSS auditor did more harm than good; helmet and OWASP recommend switching it off.
  'x-xss-protection': '0',
});

/** Adds the security headers to every response, including errors, 404s and static files. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });
}
