/** The site's sections, in navigation order. */
import { collectionUrl } from './urls.ts';

export const SECTIONS: readonly { href: string; label: string }[] = [
  { href: collectionUrl('priorities'), label: 'Priorities' },
  { href: collectionUrl('countries'), label: 'Relations' },
  { href: collectionUrl('treaties'), label: 'Treaties' },
  { href: collectionUrl('organizations'), label: 'Organizations' },
  { href: collectionUrl('events'), label: 'Timeline' },
  { href: collectionUrl('sources'), label: 'Sources' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
];
