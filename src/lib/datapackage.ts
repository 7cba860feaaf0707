/**
 * Descriptions of the open dataset for machines: a Frictionless Data Package
 * (datapackage.json: every CSV, its fields and their types) and a schema.org Dataset for the
 * /data/ page. Both carry the dataset's version, the date of the newest change to the content.
 */
import { CSV_COLUMNS, csvColumns, localizedColumn, type CsvCollection } from './dataset.ts';
import { DEFAULT_LOCALE, dictionary, type Locale } from './i18n.ts';

/** A Frictionless Table Schema field. */
export interface Field {
  name: string;
  type: 'string' | 'boolean';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string };
}

const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const LIST = 'A list of ids joined with "; ".';

/** Type and meaning of every CSV column; a column missing here fails the data package test. */
const COLUMNS: Record<string, Omit<Field, 'name'>> = {
  id: { type: 'string', description: 'The entry id, also the last part of its URL.', constraints: { required: true, unique: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } },
  url: { type: 'string', description: 'The page of the entry, relative to the site root.', constraints: { required: true, unique: true } },
  title: { type: 'string', description: 'Display name of the entry.', constraints: { required: true } },
  officialName: { type: 'string', description: 'A country’s official name.' },
  iso2: { type: 'string', description: 'ISO 3166-1 alpha-2 code.', constraints: { pattern: '[A-Z]{2}' } },
  iso3: { type: 'string', description: 'ISO 3166-1 alpha-3 code.', constraints: { pattern: '[A-Z]{3}' } },
  region: { type: 'string', description: 'Region of the world the country belongs to.' },
  recognised: { type: 'string', description: 'When the country recognised Kyrgyzstan (YYYY, YYYY-MM or YYYY-MM-DD), where a source says.', constraints: { pattern: PARTIAL_DATE } },
  relationsEstablished: { type: 'string', description: 'When diplomatic relations began (partial date), where a source says.', constraints: { pattern: PARTIAL_DATE } },
  aliases: { type: 'string', description: 'Other names and spellings, joined with "; ".' },
  priorities: { type: 'string', description: `Policy priorities linked to the entry. ${LIST}` },
  sources: { type: 'string', description: `The sources cited by the entry. ${LIST}`, constraints: { required: true } },
  shortTitle: { type: 'string', description: 'A treaty’s short name.' },
  kind: { type: 'string', description: 'Kind of treaty, organization or event.' },
  scope: { type: 'string', description: 'bilateral or multilateral.' },
  signed: { type: 'string', description: 'Date of signature or adoption (partial date).', constraints: { pattern: PARTIAL_DATE } },
  place: { type: 'string', description: 'Place of signature.' },
  kyrgyzstanParty: { type: 'boolean', description: 'Whether Kyrgyzstan is a party.' },
  partyCountries: { type: 'string', description: `The other party countries. ${LIST}` },
  partyOrganizations: { type: 'string', description: `The party organizations. ${LIST}` },
  establishes: { type: 'string', description: 'The id of the organization the treaty founded.' },
  acronym: { type: 'string', description: 'An organization’s acronym.' },
  role: { type: 'string', description: 'Kyrgyzstan’s role in the organization.' },
  since: { type: 'string', description: 'Since when Kyrgyzstan holds that role (partial date).', constraints: { pattern: PARTIAL_DATE } },
  members: { type: 'string', description: `Member countries named in the sources. ${LIST}` },
  treaties: { type: 'string', description: `Linked treaties. ${LIST}` },
  date: { type: 'string', description: 'The date of an event (partial date).', constraints: { required: true, pattern: PARTIAL_DATE } },
  countries: { type: 'string', description: `Linked countries. ${LIST}` },
  organizations: { type: 'string', description: `Linked organizations. ${LIST}` },
  summary: { type: 'string', description: 'One or two sentences in the site’s own words.', constraints: { required: true } },
};

/**
 * Every column of the default language, and each one in the other languages: "title_ru" is
 * the title in Russian, required where the English one is (the content check makes sure
 * every entry has its translation).
 */
function columns(locales: readonly Locale[]): Record<string, Omit<Field, 'name'>> {
  const inLanguage = new Intl.DisplayNames([dictionary(DEFAULT_LOCALE).meta.intl], { type: 'language' });
  const localized = locales.filter((l) => l !== DEFAULT_LOCALE).flatMap((locale) =>
    Object.entries(COLUMNS).map(([name, column]) => [
      localizedColumn(name, locale),
      { type: column.type, description: `${column.description} In ${inLanguage.of(locale)}.`, ...(column.constraints?.required && { constraints: { required: true } }) },
    ]),
  );
  return { ...COLUMNS, ...Object.fromEntries(localized) };
}

/** The Table Schema of one CSV file. */
export function tableSchema(collection: CsvCollection, locales: readonly Locale[]): { fields: Field[]; primaryKey: string } {
  const known = columns(locales);
  return { fields: csvColumns(collection, locales).map((name) => ({ name, ...known[name] })), primaryKey: 'id' };
}

export interface DatasetInfo {
  /** Absolute URL of the /data/ page. */
  url: string;
  /** Date of the newest change to the content; undefined where this copy has no history. */
  version: string | undefined;
  /** The languages the dataset has names and summaries in, the default first. */
  locales: readonly Locale[];
  /** How to cite the dataset, as text. */
  citation: string;
  /** The five sources: title and absolute URL of their page. */
  sources: { title: string; url: string }[];
}

const TITLE = 'Kyrgyzstan’s foreign policy: priorities, treaties, organizations, relations and events';
const DESCRIPTION = 'Every entry of the reference on Kyrgyzstan’s foreign policy, each fact with its source, as CSV tables and one JSON file.';

/** The Frictionless Data Package descriptor (datapackage.json, beside the files it describes). */
export function dataPackage(info: DatasetInfo): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'kyrgyzstan-foreign-policy',
    title: TITLE,
    description: DESCRIPTION,
    homepage: info.url,
    ...(info.version && { version: info.version }),
    citation: info.citation,
    licenses: [{ title: 'The site’s wording and structure with attribution; source texts as stated on the data page', path: `${info.url}#licence` }],
    sources: info.sources.map((s) => ({ title: s.title, path: s.url })),
    resources: [
      ...(Object.keys(CSV_COLUMNS) as CsvCollection[]).map((collection) => ({
        profile: 'tabular-data-resource',
        name: collection,
        path: `${collection}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: tableSchema(collection, info.locales),
      })),
      { profile: 'data-resource', name: 'dataset', path: 'dataset.json', format: 'json', mediatype: 'application/json', encoding: 'utf-8', description: 'Every collection with all fields.' },
    ],
  };
}

/** The schema.org Dataset of the /data/ page, with a download for every file. */
export function datasetJsonLd(info: DatasetInfo): Record<string, unknown> {
  const file = (name: string, format: string) => ({ '@type': 'DataDownload', contentUrl: new URL(name, info.url).href, encodingFormat: format });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: TITLE,
    description: DESCRIPTION,
    url: info.url,
    inLanguage: info.locales.map((l) => dictionary(l).meta.lang),
    ...(info.version && { version: info.version, dateModified: info.version }),
    citation: info.citation,
    creator: { '@type': 'Organization', name: dictionary(DEFAULT_LOCALE).site.name, url: new URL('/', info.url).href },
    license: `${info.url}#licence`,
    isBasedOn: info.sources.map((s) => s.url),
    distribution: [
      ...Object.keys(CSV_COLUMNS).map((c) => file(`${c}.csv`, 'text/csv')),
      file('dataset.json', 'application/json'),
      file('datapackage.json', 'application/json'),
    ],
  };
}
