import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/lib/titles.ts';

const site = 'Kyrgyzstan Foreign Policy Reference';

describe('pageTitle', () => {
  it.each([
    ['China', 'China · Kyrgyzstan Foreign Policy Reference'],
    ['Agreement with Kazakhstan on an "International Supreme Council"', 'Agreement with Kazakhstan on an “International Supreme Council”'],
    ['Kyrgyzstan–Kazakhstan relations and the 2003 allied treaty', 'Kyrgyzstan–Kazakhstan relations and the 2003 allied treaty'],
    [
      'Treaty on Eternal Friendship, Alliance and Partnership between the Republic of Kazakhstan and the Kyrgyz Republic',
      'Treaty on Eternal Friendship, Alliance and Partnership between the…',
    ],
  ])('%s', (title, expected) => {
    const result = pageTitle(title, site);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(70);
  });
});
