/**
 * Synthetic content for the benchmark: N entries mixed across the collections (about 40 %
 * events, 25 % countries, 15 % treaties, 10 % organizations, 10 % priorities), plus the five
 * real source files. Every entry references a few others by id, cites real sources and has a
 * few paragraphs of prose with links, so pages have the size and link density of the real
 * ones. References are drawn uniformly, so an entry's number of links (and so its page size)
 * does not grow with N. Output is deterministic for a given N and passes the integrity check.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, REGIONS, type CollectionName } from '../src/lib/schema.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { TRANSLATED_FIELDS } from '../src/lib/translations.ts';

const SOURCES = ['embassy-foundations', 'military-security', 'overview-essay', 'school-textbook', 'wikipedia-foreign-relations'];
const EVENT_KINDS = ['recognition', 'diplomatic relations', 'embassy', 'membership', 'treaty', 'visit', 'security', 'economy', 'initiative'];
const TREATY_KINDS = ['treaty', 'agreement', 'declaration', 'charter', 'decision', 'accords'];
const ORG_KINDS = ['global', 'regional', 'security', 'economic', 'financial'];
const ORG_ROLES = ['member', 'observer', 'partner', 'participant', 'not stated'];
const MISSION_KINDS = ['embassy', 'accredited from abroad', 'non-resident ambassador', 'consular'];
const SYLLABLES = ['ka', 'lo', 'ver', 'mi', 'sta', 'no', 'ri', 'del', 'ba', 'tor', 'en', 'sul', 'ya', 'mon', 'que', 'zar', 'il', 'dan', 'ho', 'pel'];
const ENDINGS = ['ia', 'and', 'stan', 'ora', 'esh', 'ica', 'uri', 'eno'];
const TOPICS = ['trade', 'transit', 'water', 'energy', 'border', 'customs', 'education', 'health', 'security', 'culture', 'investment', 'aviation', 'migration', 'agriculture', 'mining', 'tourism'];
const CITIES = ['Bishkek', 'Osh', 'Almaty', 'Moscow', 'Beijing', 'Tashkent', 'Dushanbe', 'Ankara', 'Geneva', 'Vienna', 'New York'];

/** The counts per collection for N generated entries (they add up to N). */
export function mix(n: number) {
  const countries = Math.max(1, Math.round(n * 0.25));
  const treaties = Math.max(1, Math.round(n * 0.15));
  const organizations = Math.max(1, Math.round(n * 0.1));
  const priorities = Math.max(1, Math.round(n * 0.1));
  const events = Math.max(1, n - countries - treaties - organizations - priorities);
  return { countries, treaties, organizations, priorities, events };
}

/** A small seeded PRNG (mulberry32), so that every run generates the same content. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  /** `k` distinct items (fewer if the list is shorter). */
  const some = <T>(list: readonly T[], k: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(k, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, some };
}

/** A unique invented name for index i: syllables chosen by the digits of i, then an ending. */
function inventedName(i: number): string {
  let word = '';
  let rest = i;
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  word += ENDINGS[i % ENDINGS.length];
  return word[0].toUpperCase() + word.slice(1);
}

const letters = (i: number, width: number) =>
  Array.from({ length: width }, (_, k) => String.fromCharCode(65 + (Math.floor(i / 26 ** k) % 26))).join('');

/** YAML frontmatter from a plain object; strings are written as JSON, which YAML reads as-is. */
function frontmatter(data: Record<string, unknown>): string {
  const lines = Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

interface Item {
  id: string;
  title: string;
  url: string;
}

/** Writes N generated entries and the real sources into `dir` (emptied first). Returns the country names. */
export function generateContent(dir: string, n: number, realContent: string): { countryNames: string[] } {
  rmSync(dir, { recursive: true, force: true });
  const r = random(n);
  const counts = mix(n);
  const sentence = (subject: string, other: Item) =>
    r.pick([
      `Officials from Kyrgyzstan and ${subject} met in ${r.pick(CITIES)} to discuss ${r.pick(TOPICS)} and ${r.pick(TOPICS)}, and agreed to meet again within a year.`,
      `The ${r.pick(SOURCES).replace(/-/g, ' ')} source mentions ${subject} only briefly, in a paragraph on ${r.pick(TOPICS)} and regional ${r.pick(TOPICS)}.`,
      `According to the sources, cooperation on ${r.pick(TOPICS)} grew steadily after ${r.int(1992, 2020)}, although no figures are given.`,
      `See also [${other.title}](${other.url}), which the sources connect with ${subject}.`,
      `The sources differ on the details: one dates the talks to ${r.int(1992, 2022)}, another gives no date at all, and the site follows neither.`,
      `A working group on ${r.pick(TOPICS)} was set up, and its first report named ${r.pick(TOPICS)} and ${r.pick(TOPICS)} as the next steps.`,
    ]);

  // Ids and titles first, so that every collection can reference every other.
  const countries: Item[] = Array.from({ length: counts.countries }, (_, i) => {
    const title = inventedName(i + 7);
    return { id: title.toLowerCase(), title, url: `/relations/${title.toLowerCase()}/` };
  });
  const organizations: Item[] = Array.from({ length: counts.organizations }, (_, i) => {
    const acronym = `${letters(i, 3)}O`;
    return { id: acronym.toLowerCase(), title: `${inventedName(i + 3)} ${r.pick(['Cooperation', 'Economic', 'Security', 'Development'])} Organization`, url: `/organizations/${acronym.toLowerCase()}/` };
  });
  const treaties: Item[] = Array.from({ length: counts.treaties }, (_, i) => {
    const topic = r.pick(TOPICS);
    return { id: `${topic}-agreement-${i + 1}`, title: `Agreement on ${topic} cooperation no. ${i + 1}`, url: `/treaties/${topic}-agreement-${i + 1}/` };
  });
  const priorities: Item[] = Array.from({ length: counts.priorities }, (_, i) => {
    const topic = r.pick(TOPICS);
    return { id: `${topic}-priority-${i + 1}`, title: `Priority ${i + 1}: ${topic} and ${r.pick(TOPICS)}`, url: `/priorities/${topic}-priority-${i + 1}/` };
  });
  const events: Item[] = Array.from({ length: counts.events }, (_, i) => {
    const country = r.pick(countries);
    return { id: `event-${i + 1}`, title: `${r.pick(['Talks', 'Visit', 'Meeting', 'Forum'])} with ${country.title} on ${r.pick(TOPICS)}`, url: `/timeline/event-${i + 1}/` };
  });
  const all = [...countries, ...organizations, ...treaties, ...priorities, ...events];

  // From 1992: the content check refuses acts of the state before independence (August 1991).
  const date = (precision = r.int(0, 2)) => {
    const y = String(r.int(1992, 2024));
    const m = String(r.int(1, 12)).padStart(2, '0');
    const d = String(r.int(1, 28)).padStart(2, '0');
    return [y, `${y}-${m}`, `${y}-${m}-${d}`][precision];
  };
  const notBefore = (since: string, start: string | undefined) => (start && since < start ? start : since);
  const citations = () => r.some(SOURCES, r.int(1, 3)).map((source) => ({ source, locator: `paragraph ${r.int(1, 40)}` }));
  const notes = () =>
    r.next() < 0.05
      ? [{ kind: r.pick(['correction', 'disagreement']), text: `The sources disagree on the year; the site gives ${r.int(1992, 2020)}.`, sources: citations() }]
      : undefined;
  const body = (subject: string) =>
    ['Background', 'Cooperation', 'What the sources leave out']
      .map((h) => `## ${h}\n\n${Array.from({ length: r.int(3, 5) }, () => sentence(subject, r.pick(all))).join(' ')}\n`)
      .join('\n');
  const write = (collection: string, id: string, data: Record<string, unknown>, subject: string) => {
    const summary = `${subject}: an invented entry for the benchmark, about ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`;
    const full = { ...data, summary, sources: citations(), notes: notes() };
    writeFileSync(join(dir, collection, `${id}.md`), `${frontmatter(full)}\n${body(subject)}`);
  };
  const ids = (list: Item[], lo: number, hi: number) => r.some(list, r.int(lo, hi)).map((e) => e.id);

  for (const c of ['sources', 'countries', 'treaties', 'organizations', 'priorities', 'events']) mkdirSync(join(dir, c), { recursive: true });
  for (const name of readdirSync(join(realContent, 'sources'))) copyFileSync(join(realContent, 'sources', name), join(dir, 'sources', name));

  countries.forEach((c, i) => {
    const relations = r.next() < 0.7 ? date() : undefined;
    write('countries', c.id, {
      title: c.title,
      officialName: `Republic of ${c.title}`,
      iso2: letters(i, 2),
      iso3: letters(i, 3),
      isoNumeric: String((i * 7) % 1000).padStart(3, '0'),
      region: r.pick(REGIONS),
      aliases: [`${c.title}–Kyrgyzstan`],
      relationsEstablished: relations,
      // The content check refuses a mission opened before relations began.
      representation: r.next() < 0.5 ? [{ by: r.pick(['kyrgyzstan', 'partner']), kind: r.pick(MISSION_KINDS), place: r.pick(CITIES), since: notBefore(date(), relations) }] : [],
      priorities: ids(priorities, 0, 2),
    }, c.title);
  });
  treaties.forEach((t) => {
    const parties = ids(countries, 1, 3);
    write('treaties', t.id, {
      title: t.title,
      shortTitle: t.title.replace('Agreement on ', ''),
      kind: r.pick(TREATY_KINDS),
      scope: parties.length === 1 ? 'bilateral' : 'multilateral',
      signed: date(),
      place: r.pick(CITIES),
      parties: { countries: parties, organizations: r.next() < 0.2 ? ids(organizations, 1, 1) : [] },
      priorities: ids(priorities, 0, 1),
    }, t.title);
  });
  organizations.forEach((o) => {
    write('organizations', o.id, {
      title: o.title,
      acronym: o.id.toUpperCase(),
      kind: r.pick(ORG_KINDS),
      role: r.pick(ORG_ROLES),
      since: date(),
      members: ids(countries, 2, 8),
      treaties: ids(treaties, 0, 2),
      priorities: ids(priorities, 0, 1),
    }, o.title);
  });
  priorities.forEach((p, i) => {
    write('priorities', p.id, {
      title: p.title,
      order: i + 1,
      countries: ids(countries, 1, 4),
      organizations: ids(organizations, 0, 2),
      treaties: ids(treaties, 0, 2),
    }, p.title);
  });
  events.forEach((e) => {
    write('events', e.id, {
      title: e.title,
      date: date(),
      kind: r.pick(EVENT_KINDS),
      countries: ids(countries, 1, 2),
      organizations: ids(organizations, 0, 1),
      treaties: ids(treaties, 0, 1),
    }, e.title);
  });
  return { countryNames: countries.map((c) => c.title) };
}

const CYRILLIC: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, ['а', 'б', 'ц', 'д', 'е', 'ф', 'г', 'х', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'к', 'р', 'с', 'т', 'у', 'в', 'в', 'кс', 'ы', 'з'][i]]),
);
/** Latin letters spelt in Cyrillic: text of the same length, words and numbers as the English. */
export const cyrillic = (text: string) => text.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? CYRILLIC[c] : CYRILLIC[c.toLowerCase()].toUpperCase()));
/** A Markdown body in Cyrillic, the link targets left as they are. */
const cyrillicBody = (body: string) => body.split(/(\]\([^)]*\))/).map((part, i) => (i % 2 ? part : cyrillic(part))).join('');

/**
 * Writes a translation into `lang` (content/<lang>/…) of every entry generateContent wrote in
 * `dir`: the language-bound fields and the body spelt in Cyrillic, so pages keep the size, links
 * and numbers of the English ones. The real sources get their real translations.
 */
export function generateTranslations(dir: string, lang: string, realContent: string): void {
  for (const collection of COLLECTIONS) {
    const target = join(dir, lang, collection);
    mkdirSync(target, { recursive: true });
    if (collection === 'sources') {
      for (const name of readdirSync(join(dir, 'sources'))) copyFileSync(join(realContent, lang, 'sources', name), join(target, name));
      continue;
    }
    for (const name of readdirSync(join(dir, collection))) {
      const front = readFrontmatter(readFileSync(join(dir, collection, name), 'utf8'));
      if (!('data' in front)) throw new Error(`${collection}/${name}: ${front.message}`);
      const en = front.data as Record<string, any>;
      const data: Record<string, unknown> = {};
      for (const field of TRANSLATED_FIELDS[collection as CollectionName]) {
        if (field === 'locators') data.locators = (en.sources ?? []).map((s: { locator: string }) => cyrillic(s.locator));
        else if (field === 'notes' && en.notes) data.notes = en.notes.map((n: any) => ({ text: cyrillic(n.text), locators: n.sources.map((s: any) => cyrillic(s.locator)) }));
        else if (field === 'places') {
          const places = [...(en.representation ?? []).map((r: { place: string }) => r.place), ...(en.place ? [en.place] : [])];
          if (places.length) data.places = places.map(cyrillic);
        } else if (typeof en[field] === 'string') data[field] = cyrillic(en[field]);
        else if (Array.isArray(en[field])) data[field] = en[field].map(cyrillic);
      }
      writeFileSync(join(target, name), `${frontmatter(data)}\n${cyrillicBody(front.body.replace(/^\n+/, ''))}`);
    }
  }
}
