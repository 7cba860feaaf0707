/** The site's own pages and listings in each language: no interface text of another language, and the one 404 page for all. */
import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/lib/i18n.ts';
import { page } from '../helpers/dist.ts';

const RUSSIAN_PAGES = ['/ru/', '/ru/about/', '/ru/priorities/', '/ru/relations/', '/ru/treaties/', '/ru/organizations/', '/ru/sources/', '/ru/timeline/', '/ru/timeline/type/treaty/', '/ru/data/'];

/** Every string of a dictionary part, by its path, to compare one language's with another's. */
function strings(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (value === null || typeof value !== 'object') return new Map();
  return new Map(Object.entries(value).flatMap(([k, v]) => [...strings(v, `${path}.${k}`)]));
}

describe('Russian pages and listings', () => {
  const ru = strings({ pages: dictionary('ru').pages, values: dictionary('ru').site.values });
  // English interface strings that Russian says differently (names like "Frictionless Data Package" are the same in both).
  const english = [...strings({ pages: dictionary('en').pages, values: dictionary('en').site.values })].filter(([path, text]) => ru.get(path) !== text).map(([, text]) => text);

  it.each(RUSSIAN_PAGES)('%s shows no English interface text', (url) => {
    const root = page(url).root;
    const main = root.querySelector('main')!;
    // Parts marked as English (source names, quotations, the dataset's citation) are English on
    // purpose, as are field names in code.
    for (const part of main.querySelectorAll('[lang="en"], code')) part.remove();
    const visible = [root.querySelector('title')!.text, main.text, ...main.querySelectorAll('[aria-label]').map((e) => e.getAttribute('aria-label'))].join('\n');
    const found = english.filter((text) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(visible));
    expect(found).toEqual([]);
  });
});

describe('the 404 page', () => {
  it('says its part in every language, marked with its lang, with links into that language', () => {
    const main = page('/404.html').root.querySelector('main')!;
    const russian = main.querySelector('[lang="ru"]');
    expect(russian?.querySelector('h2')?.text).toContain(dictionary('ru').pages.notFound.title);
    expect(russian!.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual(['/ru/', '/ru/search/', '/ru/relations/']);
    expect(main.querySelector('h1')?.text).toContain(dictionary('en').pages.notFound.title);
  });
});
