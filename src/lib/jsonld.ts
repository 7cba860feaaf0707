/** schema.org JSON-LD for entry pages: the entity itself and its breadcrumb trail. */
import type { AnyEntry } from './relations.ts';

type Thing = Record<string, unknown>;

/** The schema.org description of one entry, given its absolute URL. */
export function entityJsonLd(entry: Exclude<AnyEntry, { collection: 'sources' }>, url: string): Thing {
  const base = { '@context': 'https://schema.org', url, name: entry.data.title, description: entry.data.summary };
  switch (entry.collection) {
    case 'countries':
      return { ...base, '@type': 'Country', alternateName: [entry.data.officialName, ...entry.data.aliases], identifier: entry.data.iso3 };
    case 'organizations':
      return { ...base, '@type': 'Organization', alternateName: [entry.data.acronym, ...entry.data.aliases] };
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
      return { ...base, '@type': 'CreativeWork', about: 'Foreign policy of Kyrgyzstan' };
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

/** Serialises JSON-LD so it cannot close its <script> element early. */
export function serializeJsonLd(data: Thing[]): string {
  return JSON.stringify(data.length === 1 ? data[0] : data).replace(/</g, '\\u003c');
}
