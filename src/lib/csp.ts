/**
 * The Content-Security-Policy every page carries in a `<meta>` tag (BaseLayout), so that it
 * works on any static host. The site has no inline script or style, only files of its own
 * origin, and Pagefind needs WebAssembly; so the policy is the same on every page and needs no
 * hashes. Astro's own CSP feature would hash each page's inline code while rendering it, which
 * made rendering much slower for nothing to hash. tests/build/quality.test.ts fails if a page
 * gains an inline script, and keeps public/_headers, which sends the same policy as a header,
 * equal to this one.
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
