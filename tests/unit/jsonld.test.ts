import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, entityJsonLd, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { event, treaty } from './fixtures.ts';

describe('JSON-LD', () => {
  it('describes a treaty as Legislation with its date, and an event as an Event', () => {
    expect(entityJsonLd(treaty('t', 'Treaty', '1997', []) as any, 'https://x/treaties/t/')).toMatchObject({
      '@type': 'Legislation',
      name: 'Treaty',
      legislationDate: '1997',
      url: 'https://x/treaties/t/',
    });
    expect(entityJsonLd(event('e', 'Event', '1992-03-02') as any, 'https://x/timeline/e/')).toMatchObject({ '@type': 'Event', startDate: '1992-03-02' });
  });

  it('numbers breadcrumb positions from 1', () => {
    const list = breadcrumbJsonLd([{ name: 'Home', url: 'https://x/' }, { name: 'Treaties', url: 'https://x/treaties/' }]);
    expect((list.itemListElement as any[]).map((i) => i.position)).toEqual([1, 2]);
  });

  it('cannot close its script element early', () => {
    const json = serializeJsonLd([{ name: '</script><script>alert(1)</script>' }]);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>');
  });
});
