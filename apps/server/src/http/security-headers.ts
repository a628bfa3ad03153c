import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * 安全响应头 — sent with every response (the PWA, its assets, /graphql, /healthz, errors).
 *
 * The content security policy fits the built PWA: Vite emits module scripts and stylesheets as
 * files of the same origin (no inline script: the page registers the service worker itself),
 * icons are files or data: URIs, the worker, the manifest and /graphql are same-origin. React's
 * `style={…}` sets styles through the CSSOM, which the policy does not restrict, so style-src
 * needs no 'unsafe-inline'. Nothing may frame the app (clickjacking) or change its base URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Capture is typed in; the app uses no camera, microphone, location or payment.
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** One year, subdomains included: sent only over HTTPS (browsers ignore it over HTTP anyway). */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Whether the request reached us over HTTPS: on a TLS socket, or, behind a proxy we trust, as
 * its X-Forwarded-Proto says.
 */
export function isHttps(request: IncomingMessage, trustProxy: boolean): boolean {
  if ((request.socket as TLSSocket).encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return proto === 'https';
}

/**
 * The client's address: the socket's, or behind a proxy we trust, the address that proxy saw
 * (the last entry of X-Forwarded-For: the ones before it are whatever the client wrote).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const socket = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const forwarded = request.headers['x-forwarded-for'];
  const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
  const last = list[list.length - 1]?.trim();
  return last || socket;
}

export function securityHeaders(https: boolean): Record<string, string> {
  return https ? { ...HEADERS, 'strict-transport-security': STRICT_TRANSPORT_SECURITY } : HEADERS;
}
