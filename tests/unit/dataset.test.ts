import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv, toRecord } from '../../src/lib/dataset.ts';
import { treaty } from './fixtures.ts';

describe('toRecord', () => {
  it('turns references into ids and keeps dates as partial ISO strings', () => {
    const record = toRecord(treaty('allied', 'Allied relations', '2003-12', ['kazakhstan'], 'union'));
    expect(record).toMatchObject({ id: 'allied', url: '/treaties/allied/', signed: '2003-12', establishes: 'union' });
    expect(record.parties).toEqual({ countries: ['kazakhstan'], organizations: [] });
    expect(record.sources).toEqual([{ source: 's', locator: 'p. 1' }]);
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, joins lists, and round-trips through a CSV parser', () => {
    const rows = [
      { id: 'a', title: 'Treaty of "Eternal" Friendship, 1997', aliases: ['x', 'y'], note: 'line 1\nline 2' },
      { id: 'b', title: 'Plain', aliases: [], note: undefined },
    ];
    const csv = toCsv(['id', 'title', 'aliases', 'note'], rows);
    expect(csv.split('\r\n')[0]).toBe('id,title,aliases,note');
    expect(parse(csv, { columns: true })).toEqual([
      { id: 'a', title: 'Treaty of "Eternal" Friendship, 1997', aliases: 'x; y', note: 'line 1\nline 2' },
      { id: 'b', title: 'Plain', aliases: '', note: '' },
    ]);
  });
});
