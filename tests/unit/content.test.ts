/** The real content: coverage the site promises, and rules the schema alone cannot express. */
import { describe, expect, it } from 'vitest';
import { rawEntries } from '../helpers/content.ts';

const entries = rawEntries();
const ids = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);

const REQUIRED_COUNTRIES = [
  'afghanistan', 'argentina', 'armenia', 'australia', 'azerbaijan', 'belarus', 'canada', 'china', 'croatia', 'cyprus',
  'dominica', 'estonia', 'germany', 'greece', 'india', 'iran', 'israel', 'japan', 'kazakhstan', 'latvia', 'lesotho',
  'lithuania', 'malaysia', 'malta', 'mexico', 'moldova', 'pakistan', 'romania', 'russia', 'serbia', 'solomon-islands',
  'south-africa', 'south-korea', 'switzerland', 'tajikistan', 'turkey', 'turkmenistan', 'ukraine', 'united-kingdom',
  'united-states', 'uzbekistan',
];
const REQUIRED_ORGANIZATIONS = [
  'un', 'unesco', 'osce', 'cis', 'csto', 'sco', 'eurasec', 'caco', 'edb', 'wto', 'oic', 'nato', 'world-bank', 'imf', 'adb', 'eu',
  'anti-terrorist-coalition',
];
const REQUIRED_TREATIES = [
  'russia-friendship-1992', 'uzbekistan-eternal-friendship-1996', 'kazakhstan-eternal-friendship-1997',
  'trilateral-eternal-friendship-1997', 'kazakhstan-allied-relations-2003', 'china-border-confidence-1996',
  'china-border-forces-reduction-1997', 'china-good-neighbourliness-2002', 'cis-almaty-1991', 'economic-union-1994',
  'eurasec-treaty-2000', 'caco-treaty-2002', 'caco-eurasec-merger-2005', 'edb-agreement-2006', 'greece-accords-2004',
];

describe('coverage', () => {
  it.each([
    ['countries', REQUIRED_COUNTRIES],
    ['organizations', REQUIRED_ORGANIZATIONS],
    ['treaties', REQUIRED_TREATIES],
  ])('has every required entry in %s', (collection, required) => {
    expect(required.filter((id) => !ids(collection).includes(id))).toEqual([]);
  });

  it('has at least 50 dated events and a dozen priorities', () => {
    expect(ids('events').length).toBeGreaterThanOrEqual(50);
    expect(ids('priorities').length).toBeGreaterThanOrEqual(12);
  });
});

describe('rules', () => {
  it('every relation has a relations date, or says the sources give none', () => {
    const bad = entries.filter(
      (e) => e.collection === 'countries' && !e.data.relationsEstablished && !/none of the sources gives|sources give no date|gives no date/i.test(e.body),
    );
    expect(bad.map((e) => e.path)).toEqual([]);
  });

  it('every event links to at least one country, organization or treaty, except Kyrgyzstan\'s own acts', () => {
    // No other state, body or treaty takes part in these, per the sources.
    const ownActs = ['independence-proclaimed', 'military-doctrine'];
    const unlinked = entries.filter(
      (e) => e.collection === 'events' && ['countries', 'organizations', 'treaties'].every((k) => (e.data[k] ?? []).length === 0),
    );
    expect(unlinked.map((e) => e.id).sort()).toEqual(ownActs);
  });

  it('every note says what the sources said and cites them', () => {
    const notes = entries.flatMap((e) => (e.data.notes ?? []).map((n: any) => ({ path: e.path, n })));
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter(({ n }) => n.text.length < 60 || n.sources.length === 0).map(({ path }) => path)).toEqual([]);
  });

  it('no page repeats a known source fault without a note', () => {
    const faults: [RegExp, string][] = [
      [/(?<!People['’]s\s+)Republic of China/, 'Republic of China'],
      [/13723/, 'resolution 13723'],
      [/Askare|Askayev/, 'Askare Askayev'],
    ];
    const bad = entries.flatMap((e) =>
      faults.filter(([pattern]) => pattern.test(e.body.replace(/^>.*$/gm, ''))).map(([, name]) => `${e.path}: ${name} in prose`),
    );
    expect(bad).toEqual([]);
  });
});

/** Facts an audit of every entry against the sources corrected; each row fails if the fault comes back. */
describe('facts fixed after the source audit', () => {
  const entry = (collection: string, id: string) => entries.find((e) => e.collection === collection && e.id === id)!;
  const prose = (collection: string, id: string) => entry(collection, id).body.replace(/\s+/g, ' ');
  const noteTexts = (collection: string, id: string) => (entry(collection, id).data.notes ?? []).map((n: any) => `${n.kind}: ${n.text}`).join('\n');
  const uyghurPages = entries.filter((e) => /Uyghur/.test(e.body));

  it.each<[string, () => boolean]>([
    ['the textbook figures: 135 recognitions, 96 relations, about 20 embassies each way', () => /135 states.*96 had established.*20 foreign embassies.*embassies and missions in 20 countries/.test(prose('priorities', 'multi-vector'))],
    ['regional stability and developing countries among the stated tasks', () => /regional stability/.test(prose('priorities', 'multi-vector')) && /developing countries/.test(prose('priorities', 'multi-vector'))],
    ['Pakistan: the textbook dates official independence to 25 December 1991', () => /25 December 1991/.test(prose('events', 'pakistan-relations'))],
    ['China border agreements of 1996 and 1997 claim no bilateral scope', () => ['china-border-confidence-1996', 'china-border-forces-reduction-1997'].every((id) => entry('treaties', id).data.scope === 'not stated')],
    ['China border agreements are credited with the border, not with normalisation', () => ['china-border-confidence-1996', 'china-border-forces-reduction-1997'].every((id) => /not with the normalisation|normalisation of relations with a former potential adversary to other causes/.test(prose('treaties', id)))],
    ['OIC, SCO and ECO: Kyrgyzstan takes part; no source says member', () => ['oic', 'sco', 'eco'].every((id) => entry('organizations', id).data.role === 'participant' && /member/.test(prose('organizations', id)))],
    ['CIS: the membership date is explained on the page', () => entry('organizations', 'cis').data.since === '1991-12-21' && /dates Kyrgyzstan's membership to that meeting/.test(prose('organizations', 'cis'))],
    ['Baltic rows: Estonia comes after Lithuania in the alphabetical table', () => /alphabetical/.test(prose('events', 'estonia-relations'))],
    ['Year of Mountains: a correction note on the session and resolution 53/24', () => /^correction:.*53\/24/m.test(noteTexts('events', 'international-year-of-mountains'))],
    ['Greek visit: "official" and "state visit" both shown', () => /^disagreement:.*official visit.*state visit/m.test(noteTexts('events', 'akayev-visits-greece'))],
    ['Tajik contingent: not cited to ref. 8, which covers other sentences', () => !/ref\. 8/.test(entry('events', 'tajikistan-contingent').data.sources[0].locator) && /no reference/.test(prose('events', 'tajikistan-contingent'))],
    ["Iran: Mexico's embassy in Tehran covers Kyrgyzstan", () => /Mexico/.test(prose('countries', 'iran'))],
  ])('%s', (_, holds) => {
    expect(holds()).toBe(true);
  });

  it('Uyghur separatists: no page says support was given, and each says the source does not', () => {
    const hardened = (e: (typeof entries)[number]) => /(had|previously) supported|ended (its|their) support/i.test(e.body) || !/does not\s+say/.test(e.body);
    expect(uyghurPages.length).toBeGreaterThanOrEqual(8);
    expect(uyghurPages.filter(hardened).map((e) => e.path)).toEqual([]);
  });
});
