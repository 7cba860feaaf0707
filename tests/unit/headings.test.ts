import { describe, expect, it } from 'vitest';
import { addSelfLinks, sectionHeadings } from '../../src/lib/headings.ts';
import { dictionary } from '../../src/lib/i18n.ts';

describe('addSelfLinks', () => {
  it('links each h2 and h3 with an id to itself and leaves other headings alone', () => {
    expect(addSelfLinks('<h2 id="a">Trade &amp; "aid"</h2><p>x</p><h3 id="b">B</h3><h2>No id</h2><h4 id="c">C</h4>', dictionary('en').site.sectionLink)).toMatchInlineSnapshot(
      `"<h2 id="a">Trade &amp; "aid" <a class="self-link" href="#a" aria-label="Link to the section “Trade &amp; &quot;aid&quot;”" data-pagefind-ignore>#</a></h2><p>x</p><h3 id="b">B <a class="self-link" href="#b" aria-label="Link to the section “B”" data-pagefind-ignore>#</a></h3><h2>No id</h2><h4 id="c">C</h4>"`,
    );
  });

  it("names the link in the page's language", () => {
    expect(addSelfLinks('<h2 id="s">Источники</h2>', dictionary('ru').site.sectionLink)).toMatchInlineSnapshot(
      `"<h2 id="s">Источники <a class="self-link" href="#s" aria-label="Ссылка на раздел «Источники»" data-pagefind-ignore>#</a></h2>"`,
    );
  });
});

describe('sectionHeadings', () => {
  it('lists the h2 headings that have an id, in order, with their text', () => {
    expect(sectionHeadings('<section><h2 id="events">Related <em>events</em></h2></section><h2>No id</h2><h3 id="sub">Sub</h3><h2 id="t">Trade &amp; aid</h2>')).toEqual([
      { id: 'events', text: 'Related events' },
      { id: 't', text: 'Trade & aid' },
    ]);
  });
});
