import { describe, expect, it } from 'vitest';
import { addSelfLinks } from '../../src/lib/headings.ts';

describe('addSelfLinks', () => {
  it('links each h2 and h3 with an id to itself and leaves other headings alone', () => {
    expect(addSelfLinks('<h2 id="a">Trade &amp; "aid"</h2><p>x</p><h3 id="b">B</h3><h2>No id</h2><h4 id="c">C</h4>')).toMatchInlineSnapshot(
      `"<h2 id="a">Trade &amp; "aid" <a class="self-link" href="#a" aria-label="Link to the section “Trade &amp; &quot;aid&quot;”" data-pagefind-ignore>#</a></h2><p>x</p><h3 id="b">B <a class="self-link" href="#b" aria-label="Link to the section “B”" data-pagefind-ignore>#</a></h3><h2>No id</h2><h4 id="c">C</h4>"`,
    );
  });
});
