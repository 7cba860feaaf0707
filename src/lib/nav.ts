/** The site's sections, in navigation order, in one language. */
import { collectionUrl, localePath } from './urls.ts';
import { dictionary, type Locale } from './i18n.ts';

export interface NavLink {
  href: string;
  label: string;
}

export function sections(locale: Locale): NavLink[] {
  const { nav } = dictionary(locale).site;
  const collection = (name: 'priorities' | 'countries' | 'treaties' | 'organizations' | 'events' | 'sources') => ({ href: collectionUrl(name, locale), label: nav[name] });
  return [
    collection('priorities'),
    collection('countries'),
    collection('treaties'),
    collection('organizations'),
    collection('events'),
    collection('sources'),
    { href: localePath(locale, '/data/'), label: nav.data },
    { href: localePath(locale, '/about/'), label: nav.about },
  ];
}
