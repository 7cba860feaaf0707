import { describe, expect, it } from 'vitest';
import { allNotes, buildIndex, sortEntries, type Entries } from '../../src/lib/relations.ts';
import { groupTimeline } from '../../src/lib/timeline.ts';
import { country, event, organization, priority, source, treaty } from './fixtures.ts';

const entries = {
  sources: [source('s', 'Source S', 1), source('t', 'Source T', 2)],
  countries: [country('kazakhstan', 'Kazakhstan', ['neighbours']), country('china', 'China')],
  treaties: [
    treaty('allied', 'Allied relations', '2003-12-25', ['kazakhstan']),
    treaty('eternal', 'Eternal friendship', '1997', ['kazakhstan']),
    treaty('undated', 'Undated', undefined, ['china']),
    treaty('eurasec', 'EurAsEC treaty', '2000-10-10', ['kazakhstan'], 'eurasec'),
  ],
  organizations: [organization('eurasec', 'Eurasian Economic Community', ['kazakhstan']), organization('cis', 'CIS')],
  priorities: [priority('neighbours', 'Neighbours', 2, ['china']), priority('powers', 'Powers', 1)],
  events: [
    event('b', 'Second', '1997-05', { treaties: ['eternal'] }),
    event('a', 'First', '1991-12-16', { countries: ['kazakhstan'] }),
    event('c', 'Third', '2003-12-25', { countries: ['kazakhstan'], treaties: ['allied'] }),
  ],
} as unknown as Entries;

const index = buildIndex(entries);
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const kazakhstan = index.get({ collection: 'countries', id: 'kazakhstan' });

describe('buildIndex', () => {
  it('derives a country’s treaties from the treaties’ parties, in date order, undated last', () => {
    expect(ids(index.related(kazakhstan, 'treaties'))).toEqual(['eternal', 'eurasec', 'allied']);
    expect(ids(index.related(index.get({ collection: 'countries', id: 'china' }), 'treaties'))).toEqual(['undated']);
  });

  it('links both ends: a treaty lists its parties, the party lists the treaty', () => {
    const allied = index.get({ collection: 'treaties', id: 'allied' });
    expect(ids(index.related(allied, 'countries'))).toEqual(['kazakhstan']);
    expect(ids(index.related(allied, 'events'))).toEqual(['c']);
  });

  it('derives organizations from members and from the treaty that established them', () => {
    expect(ids(index.related(kazakhstan, 'organizations'))).toEqual(['eurasec']);
    const eurasec = index.get({ collection: 'organizations', id: 'eurasec' });
    expect(ids(index.related(eurasec, 'treaties'))).toEqual(['eurasec']);
  });

  it('merges priorities stored on either side', () => {
    expect(ids(index.related(kazakhstan, 'priorities'))).toEqual(['neighbours']);
    const china = index.get({ collection: 'countries', id: 'china' });
    expect(ids(index.related(china, 'priorities'))).toEqual(['neighbours']);
  });

  it('sorts events by date', () => {
    expect(ids(index.related(kazakhstan, 'events'))).toEqual(['a', 'c']);
  });

  it('finds entries citing a source, including citations inside notes', () => {
    expect(index.citing('t').map((e) => e.id).sort()).toEqual(['allied', 'eternal', 'eurasec', 'undated']);
    expect(index.citing('s').length).toBe(13);
    expect(index.citing('nobody')).toEqual([]);
  });

  it('throws on a reference to a missing entry instead of rendering a broken link', () => {
    expect(() => index.get({ collection: 'countries', id: 'atlantis' })).toThrow(/countries\/atlantis/);
  });
});

describe('sorting and grouping', () => {
  it('orders priorities by rank and sources by order', () => {
    expect(ids(sortEntries(entries.priorities))).toEqual(['powers', 'neighbours']);
  });

  it('groups the timeline by decade and year', () => {
    const decades = groupTimeline(entries.events);
    expect(decades.map((d) => [d.anchor, d.years.map((y) => [y.year, ids(y.events)])])).toEqual([
      ['decade-1990s', [[1991, ['a']], [1997, ['b']]]],
      ['decade-2000s', [[2003, ['c']]]],
    ]);
  });

  it('lists every note with its entry, corrections first', () => {
    expect(allNotes(entries).map(({ entry }) => entry.id)).toEqual(['eternal', 'eurasec', 'allied', 'undated']);
  });
});
