/**
 * Section self-links: every h2 and h3 with an id gets a "#" link to itself, so a reader can copy
 * the address of one section and cite it. A plain link, so it works without JavaScript.
 */
import { parse } from 'node-html-parser';

export function addSelfLinks(html: string): string {
  const root = parse(html);
  const headings = root.querySelectorAll('h2[id], h3[id]');
  if (headings.length === 0) return html;
  for (const h of headings) {
    const label = h.textContent.trim().replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    h.insertAdjacentHTML(
      'beforeend',
      ` <a class="self-link" href="#${h.id}" aria-label="Link to the section “${label}”" data-pagefind-ignore>#</a>`,
    );
  }
  return root.toString();
}

/** A section of a page, as a contents list links to it. */
export interface Section {
  id: string;
  text: string;
}

/** The h2 headings with an id in a piece of rendered HTML, in order: the sections it adds to a page. */
export function sectionHeadings(html: string): Section[] {
  return parse(html)
    .querySelectorAll('h2[id]')
    .map((h) => ({ id: h.id, text: h.textContent.trim().replace(/\s+/g, ' ') }));
}
