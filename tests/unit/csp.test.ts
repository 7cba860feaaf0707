import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, RESPONSE_HEADERS, headersFile } from '../../src/lib/csp.ts';
import { parseHeaders } from '../helpers/server.ts';

describe('security headers', () => {
  it('dist/_headers gives every path the pages\' policy plus frame-ancestors, and the other headers', () => {
    const rules = parseHeaders(headersFile());
    expect(rules).toHaveLength(1);
    for (const path of ['/', '/ru/relations/china/', '/pagefind/wasm.en.pagefind']) expect(rules[0].pattern.test(path), path).toBe(true);
    expect(Object.fromEntries(rules[0].headers)).toEqual(RESPONSE_HEADERS);
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('the nginx example in the README sends the same headers', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const nginx = [...readme.matchAll(/^\s*add_header (\S+) (?:"([^"]*)"|(\S+)) always;$/gm)].map(([, name, quoted, bare]) => [name, quoted ?? bare]);
    expect(Object.fromEntries(nginx)).toEqual(RESPONSE_HEADERS);
  });
});
