/**
 * The Content-Security-Policy and the other security headers, in one place.
 *
 * Every page carries the policy in a `<meta>` tag (BaseLayout), so that it works on any static
 * host. The site has no inline script or style, only files of its own origin, and Pagefind needs
 * WebAssembly; so the policy is the same on every page and needs no hashes. Astro's own CSP
 * feature would hash each page's inline code while rendering it, which made rendering much slower
 * for nothing to hash. tests/build/quality.test.ts fails if a page gains an inline script.
 *
 * Hosts that read a `_headers` file (Netlify, Cloudflare Pages) also get the headers from
 * dist/_headers, written from here; they add what a `<meta>` tag cannot say.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/**
 * The response headers of every file. `frame-ancestors` works only in a header: no other site
 * may show these pages in a frame (X-Frame-Options says the same to older browsers).
 */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** dist/_headers: the headers above for every path, in the format of Netlify and Cloudflare Pages. */
export function headersFile(): string {
  const lines = Object.entries(RESPONSE_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by the build from src/lib/csp.ts.', '/*', ...lines, ''].join('\n');
}
