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
