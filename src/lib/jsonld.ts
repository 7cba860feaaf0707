/**
 * schema.org JSON-LD for entry pages: the entity itself and its breadcrumb trail, in the page's
 * language (names come from the localized entry; the page's URL says which language it is).
 */
import { LOCALES, dictionary } from './i18n.ts';
import type { AnyEntry } from './relations.ts';
import { splitLocale } from './urls.ts';

type Thing = Record<string, unknown>;

/** The schema.org description of one entry, given its absolute URL. */
export function entityJsonLd(entry: Exclude<AnyEntry, { collection: 'sources' }>, url: string): Thing {
  const t = dictionary(splitLocale(new URL(url).pathname, LOCALES).locale);
  const base = { '@context': 'https://schema.org', url, name: entry.data.title, description: entry.data.summary };
  switch (entry.collection) {
    case 'countries':
      return { ...base, '@type': 'Country', alternateName: [...new Set([entry.data.officialName, ...entry.data.aliases])], identifier: entry.data.iso3 };
    case 'organizations':
      return { ...base, '@type': 'Organization', alternateName: [...new Set([entry.data.acronym, ...entry.data.aliases])] };
    case 'treaties':
      return {
        ...base,
        '@type': 'Legislation',
        alternateName: entry.data.shortTitle,
        legislationType: entry.data.kind,
        ...(entry.data.signed && { legislationDate: entry.data.signed }),
      };
    case 'events':
      return { ...base, '@type': 'Event', startDate: entry.data.date, eventStatus: 'https://schema.org/EventScheduled' };
    case 'priorities':
      return { ...base, '@type': 'CreativeWork', about: t.cite.priorityAbout };
  }
}

/** A BreadcrumbList from (name, absolute URL) pairs. */
export function breadcrumbJsonLd(trail: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * A page's structured data as one WebPage in the page's language: its breadcrumb trail (a
 * BreadcrumbList among `data`) and what it is about (the other item). Wrapped, because
 * `inLanguage` belongs to pages and works, not to a Country or an Organization.
 */
export function pageJsonLd(url: string, lang: string, data: Thing[]): Thing {
  const nested = data.map(({ '@context': _, ...item }) => item);
  const breadcrumb = nested.find((item) => item['@type'] === 'BreadcrumbList');
  const main = nested.find((item) => item !== breadcrumb);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url,
    inLanguage: lang,
    ...(breadcrumb && { breadcrumb }),
    ...(main && { mainEntity: main }),
  };
}

/** Serialises JSON-LD so it cannot close its <script> element early. */
export function serializeJsonLd(data: Thing[]): string {
  return JSON.stringify(data.length === 1 ? data[0] : data).replace(/</g, '\\u003c');
}
