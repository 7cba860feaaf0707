import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, readContent, type ContentFile } from '../../src/lib/integrity.ts';

const source = `---
title: Textbook
citeAs: School textbook
kind: textbook
covers: Everything.
file: 002_5c4b394383d8cfac.txt
order: 1
---
`;
const event = (date: string, extra = '') => `---
title: An event
date: ${date}
kind: treaty
countries: [kazakhstan]
summary: Something happened.
sources:
  - source: textbook
    locator: p. 1
${extra}---

Prose.
`;
const files = (...rest: ContentFile[]): ContentFile[] => [{ collection: 'sources', path: 'content/sources/textbook.md', text: source }, ...rest];

describe('checkContent', () => {
  it('passes the real content', () => {
    expect(formatProblems(checkContent(readContent('content')))).toBe('');
  });

  it('reports every problem at once, each with file and field', () => {
    const problems = checkContent(
      files(
        { collection: 'events', path: 'content/events/a.md', text: event("'2003-02-30'") },
        { collection: 'events', path: 'content/events/b.md', text: event("'1992'", 'colour: red\n') },
        { collection: 'events', path: 'content/events/B.md', text: event("'1992'") },
      ),
    );
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/events/B.md: field "(file name)": "B" is not a valid id: use lower-case letters, digits and single hyphens
      content/events/B.md: field "id": duplicate id "B" in events: content/events/b.md has the same id (ignoring case)
      content/events/a.md: field "date": "2003-02-30" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD (value: "2003-02-30")
      content/events/a.md: field "countries[0]": there is no countries entry with this id (value: "kazakhstan")
      content/events/b.md: field "countries[0]": there is no countries entry with this id (value: "kazakhstan")
      content/events/b.md: field "colour": is not a field of this collection (misspelt?)"
    `);
  });

  it('explains unquoted dates', () => {
    const [problem] = checkContent(files({ collection: 'events', path: 'content/events/a.md', text: event('2003-02-03').replace('countries: [kazakhstan]\n', '') }));
    expect(problem).toMatchObject({ field: 'date' });
    expect(problem.message).toMatch(/quoted string.*unquoted date 2003-02-03/);
  });
});
