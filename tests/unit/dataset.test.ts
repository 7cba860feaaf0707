import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvColumns, csvRows, toCsv, toDataset, toRecord } from '../../src/lib/dataset.ts';
import { tableSchema } from '../../src/lib/datapackage.ts';
import type { Entries } from '../../src/lib/relations.ts';
import { country, treaty } from './fixtures.ts';

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

describe('the dataset in every language', () => {
  const english = { countries: [{ ...country('china', 'China'), data: { ...country('china', 'China').data, officialName: "People's Republic of China", iso2: 'CN', aliases: ['PRC'], summary: 'A neighbour.' } }], treaties: [], organizations: [], priorities: [], events: [], sources: [] } as unknown as Entries;
  const russian = { ...english, countries: [{ ...english.countries[0], data: { ...english.countries[0].data, title: 'Китай', officialName: 'Китайская Народная Республика', aliases: ['КНР', 'Чжунго'], summary: 'Сосед, «стратегический партнёр».' } }] } as unknown as Entries;
  const translations = new Map([['ru', russian]] as const);

  it('a CSV carries each translation’s names and summary in columns of their own, read back by a CSV parser', () => {
    const csv = toCsv(csvColumns('countries', ['en', 'ru']), csvRows(english, 'countries', translations));
    expect(parse(csv, { columns: true })).toMatchInlineSnapshot(`
      [
        {
          "aliases": "PRC",
          "aliases_ru": "КНР; Чжунго",
          "id": "china",
          "iso2": "CN",
          "iso3": "",
          "officialName": "People's Republic of China",
          "officialName_ru": "Китайская Народная Республика",
          "priorities": "",
          "recognised": "",
          "region": "",
          "relationsEstablished": "",
          "sources": "s",
          "summary": "A neighbour.",
          "summary_ru": "Сосед, «стратегический партнёр».",
          "title": "China",
          "title_ru": "Китай",
          "url": "/relations/china/",
        },
      ]
    `);
  });

  it('the JSON carries them under translations, the facts once', () => {
    expect(toDataset(english, '2026-12-02', translations).countries).toMatchInlineSnapshot(`
      [
        {
          "aliases": [
            "PRC",
          ],
          "id": "china",
          "iso2": "CN",
          "notes": [],
          "officialName": "People's Republic of China",
          "priorities": [],
          "sources": [
            {
              "locator": "p. 1",
              "source": "s",
            },
          ],
          "summary": "A neighbour.",
          "title": "China",
          "translations": {
            "ru": {
              "aliases": [
                "КНР",
                "Чжунго",
              ],
              "officialName": "Китайская Народная Республика",
              "summary": "Сосед, «стратегический партнёр».",
              "title": "Китай",
            },
          },
          "url": "/relations/china/",
        },
      ]
    `);
  });

  it('the Table Schema names and describes every column, in each language', () => {
    expect(tableSchema('countries', ['en', 'ru']).fields.filter((f) => f.name.endsWith('_ru'))).toMatchInlineSnapshot(`
      [
        {
          "constraints": {
            "required": true,
          },
          "description": "Display name of the entry. In Russian.",
          "name": "title_ru",
          "type": "string",
        },
        {
          "description": "A country’s official name. In Russian.",
          "name": "officialName_ru",
          "type": "string",
        },
        {
          "description": "Other names and spellings, joined with "; ". In Russian.",
          "name": "aliases_ru",
          "type": "string",
        },
        {
          "constraints": {
            "required": true,
          },
          "description": "One or two sentences in the site’s own words. In Russian.",
          "name": "summary_ru",
          "type": "string",
        },
      ]
    `);
  });
});
