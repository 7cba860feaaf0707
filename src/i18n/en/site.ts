/** The site's frame: name, header, navigation, footer, language switcher, shared wordings. */
export default {
  name: 'Kyrgyzstan Foreign Policy Reference',
  skipLink: 'Skip to content',
  /** The accessible name of a heading's "#" link to its own section. */
  sectionLink: (heading: string) => `Link to the section “${heading}”`,
  menu: 'Menu',
  sectionsNav: 'Sections',
  sectionsMenuNav: 'Sections menu',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  nav: {
    priorities: 'Priorities',
    countries: 'Relations',
    treaties: 'Treaties',
    organizations: 'Organizations',
    events: 'Timeline',
    sources: 'Sources',
    data: 'Data',
    about: 'About',
  },
  /** The singular name of an entry's type, as on badges and in search filters. */
  type: {
    sources: 'source',
    countries: 'relation',
    treaties: 'treaty',
    organizations: 'organization',
    priorities: 'priority',
    events: 'event',
  },
  /** The plural name of a collection, as a section heading reads it. */
  section: {
    sources: 'Sources',
    countries: 'Relations',
    treaties: 'Treaties',
    organizations: 'Organizations',
    priorities: 'Priorities',
    events: 'Events',
  },
  /**
   * The one wording for a missing value: a fact the sources do not give, and a list they leave
   * empty. Both say "in the sources", because the sources' silence is not the world's.
   */
  notStated: 'Not stated in the sources',
  noneNamed: 'None named in the sources',
  /** The link to the same page in another language, named in that language. */
  languageNav: 'Language',
  otherLanguage: 'This page in another language',
  footer: {
    sourcesBefore: 'Every fact on this site comes from one of ',
    sourcesLink: 'five source texts',
    sourcesAfter: ' and names it. Corrections to those sources are listed on the ',
    aboutLink: 'about page',
    end: '.',
    az: 'All entries A–Z',
    data: 'Open data',
    sources: 'Sources',
    feed: 'Changes (RSS)',
  },
  feedTitle: 'Changes',
  /**
   * Reader-facing names of the fixed values of fields (region, kinds, roles), shared by entry
   * pages and listings. Keys are the values as stored in the content.
   */
  values: {
    region: {
      'Central Asia': 'Central Asia',
      Europe: 'Europe',
      'Latin America and the Caribbean': 'Latin America and the Caribbean',
      Oceania: 'Oceania',
      'East Asia': 'East Asia',
      'Middle East': 'Middle East',
      'North America': 'North America',
      'Southeast Asia': 'Southeast Asia',
      'South Asia': 'South Asia',
      'Eastern Europe and the Caucasus': 'Eastern Europe and the Caucasus',
      Africa: 'Africa',
    },
    /** A treaty's kind and scope in one phrase ("treaty, bilateral"). */
    treatyKind: (kind: string, scope: string): string =>
      scope === 'not stated' ? `${kind} (the sources do not say whether bilateral)` : `${kind}, ${scope}`,
    organizationKind: { global: 'global', regional: 'regional', security: 'security', economic: 'economic', financial: 'financial' },
    role: { member: 'member', observer: 'observer', partner: 'partner', participant: 'participant', 'not stated': 'not stated' },
    sourceKind: {
      'embassy page': 'embassy page',
      essay: 'essay',
      textbook: 'textbook',
      'encyclopedia snapshot': 'encyclopedia snapshot',
      analysis: 'analysis',
    },
  },
};
