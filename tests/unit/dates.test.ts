import { describe, expect, it } from 'vitest';
import { comparePartialDates, decadeOf, firstDay, formatPartialDate, isPartialDate, lastDay, parsePartialDate } from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  it.each([
    ['1992', { year: 1992, month: undefined, day: undefined }],
    ['1993-05', { year: 1993, month: 5, day: undefined }],
    ['1992-03-18', { year: 1992, month: 3, day: 18 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('parses %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['0000', '2003-02-30', '1900-02-29', '1992-13', '1992-00', '1992-04-31', '1992-3-18', '92', '1992-03-18T00:00', '', 'March 1992'])(
    'rejects %j',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
      expect(isPartialDate(text)).toBe(false);
    },
  );
});

describe('formatPartialDate', () => {
  it.each([
    ['1992', '1992'],
    ['1992-03', 'March 1992'],
    ['1992-03-18', '18 March 1992'],
    ['2014-12', 'December 2014'],
    ['1991-12-05', '5 December 1991'],
  ])('formats %s as %s', (text, expected) => {
    expect(formatPartialDate(text)).toBe(expected);
  });

  // The year's word is glued to the year (a no-break space), so "г." never starts a line.
  it.each([
    ['1992', '1992\u00a0г.'],
    ['1993-05', 'май 1993\u00a0г.'],
    ['1992-01-26', '26 января 1992\u00a0г.'],
  ])('formats %s in Russian as %j', (text, expected) => {
    expect(formatPartialDate(text, 'ru')).toBe(expected);
  });

  it('throws on an invalid date rather than printing nonsense', () => {
    expect(() => formatPartialDate('2003-02-30')).toThrow(/Not a partial date/);
  });
});

describe('comparePartialDates', () => {
  it('sorts chronologically, less precise dates before the dates they contain', () => {
    const sorted = ['1992-03-18', '1991-12-16', '1992', '1992-03', '1993-01', '1991-08-31'].sort(comparePartialDates);
    expect(sorted).toEqual(['1991-08-31', '1991-12-16', '1992', '1992-03', '1992-03-18', '1993-01']);
  });

  it('gives decades', () => {
    expect(decadeOf('1999-12-31')).toBe(1990);
    expect(decadeOf('2000')).toBe(2000);
  });
});

describe('firstDay and lastDay', () => {
  it.each([
    ['1992', '1992-01-01', '1992-12-31'],
    ['1992-02', '1992-02-01', '1992-02-29'],
    ['1991-08-31', '1991-08-31', '1991-08-31'],
  ])('%s covers %s to %s', (text, first, last) => {
    expect([firstDay(text), lastDay(text)]).toEqual([first, last]);
  });
});
