import { describe, expect, it } from 'vitest';
import { listOf, plural } from '../../src/lib/i18n.ts';

describe('plural', () => {
  const ru = { one: 'результат', few: 'результата', many: 'результатов', other: 'результата' };
  const en = { one: 'result', other: 'results' };
  it.each([
    ['ru', 1, ru, '1 результат'],
    ['ru', 21, ru, '21 результат'],
    ['ru', 22, ru, '22 результата'],
    ['ru', 25, ru, '25 результатов'],
    ['ru', 11, ru, '11 результатов'],
    ['en', 1, en, '1 result'],
    ['en', 0, en, '0 results'],
  ] as const)('%s %i → %s', (locale, n, forms, expected) => {
    expect(plural(locale, n, forms)).toBe(expected);
  });
});

describe('listOf', () => {
  it('joins in each language’s own way', () => {
    expect([listOf('en', ['a', 'b', 'c']), listOf('ru', ['а', 'б', 'в'])]).toEqual(['a, b and c', 'а, б и в']);
  });
});
