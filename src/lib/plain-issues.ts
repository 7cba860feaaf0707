/**
 * Schema problems in words an editor uses. zod says "Invalid input: expected array, received
 * string" or "Too small: expected string to have >=1 characters"; an editor needs to read what
 * is wrong with the value and what the field expects. The schema's own messages (dates,
 * codes, references, blank text) are already written that way and are kept as they are.
 */
import type { z } from 'astro/zod';

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of indented fields',
};

/** A value as an editor wrote it: `"Mars"`, the number 1992, a list, an unquoted date… */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return `the unquoted date ${value.toISOString().slice(0, 10)}`;
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** zod's own English messages; any other message was written in the schema and is kept. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized)/;

/** What is wrong with a field, and what it expects, for one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_WORDING.test(issue.message)) return issue.message;
  const found = issue.input === undefined ? 'required but missing' : describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `is ${found}; expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `lists ${(issue.input as unknown[]).length}; expected at least ${issue.minimum}`;
      return `is ${found}; expected ${issue.origin === 'string' ? `at least ${issue.minimum} characters` : `${issue.minimum} or more`}`;
    case 'too_big':
      return `is ${found}; expected at most ${issue.maximum}`;
    case 'invalid_value':
      return `is ${found}; expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `is ${found}; expected something else (${issue.message})`;
  }
}

/** Renders a field path as editors write it: `sources[0].locator`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`)).join('') || 'frontmatter';
}
